using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Comments.Periods;

namespace Disclosure.Comments.Submissions;

/// <summary>Checks a submission against its period's rules; every problem is returned, in the order of the form.</summary>
public static partial class SubmissionValidator
{
    private const int PersonalFieldMaxLength = 200;
    private const int EmailMaxLength = 254;

    public static IReadOnlyList<FieldError> Validate(SubmissionInput input, CommentPeriodInfo period)
    {
        var errors = new List<FieldError>();
        var opinionLength = CountCharacters(input.Opinion);
        if (!InvisibleText.HasVisibleCharacter(input.Opinion))
        {
            // Blank, or only zero-width and other invisible characters: nothing anyone could read.
            errors.Add(new(SubmissionInput.OpinionField, "ご意見を入力してください。"));
        }
        else if (opinionLength > period.MaxLength)
        {
            errors.Add(new(SubmissionInput.OpinionField,
                $"ご意見は {period.MaxLength.ToString("#,0", CultureInfo.InvariantCulture)} 文字以内で入力してください（現在 {opinionLength.ToString("#,0", CultureInfo.InvariantCulture)} 文字）。"));
        }
        else if (HasControlCharacters(input.Opinion))
        {
            errors.Add(new(SubmissionInput.OpinionField, "ご意見に使えない制御文字が含まれています。文章をもう一度貼り付けるか、入力し直してください。"));
        }

        if (input.Section.Length > 0 && !period.Sections.Contains(input.Section))
        {
            errors.Add(new(SubmissionInput.SectionField, "ご意見の対象となる箇所は、選択肢から選んでください。"));
        }

        CheckPersonal(errors, period, SubmissionInput.NameField, "氏名", input.Name);
        if (CheckPersonal(errors, period, SubmissionInput.EmailField, "メールアドレス", input.Email)
            && input.Email.Length > 0 && (input.Email.Length > EmailMaxLength || !EmailPattern().IsMatch(input.Email)))
        {
            errors.Add(new(SubmissionInput.EmailField, "メールアドレスを name@example.jp のような形で入力してください。"));
        }
        CheckPersonal(errors, period, SubmissionInput.AddressField, "住所", input.Address);

        if (!input.Agreed)
        {
            errors.Add(new(SubmissionInput.AgreeField, "個人情報の取扱いを読み、同意する場合はチェックを入れてください。"));
        }
        return errors;
    }

    /// <summary>Characters as a person counts them (code points), the same count the page's counter shows.</summary>
    public static int CountCharacters(string text) => text.EnumerateRunes().Count();

    /// <returns>False when the field already has an error.</returns>
    private static bool CheckPersonal(List<FieldError> errors, CommentPeriodInfo period, string field, string label, string value)
    {
        if (value.Length == 0 && period.Requires(field))
        {
            errors.Add(new(field, $"{label}を入力してください。"));
            return false;
        }
        if (CountCharacters(value) > PersonalFieldMaxLength)
        {
            errors.Add(new(field, $"{label}は {PersonalFieldMaxLength} 文字以内で入力してください。"));
            return false;
        }
        if (HasControlCharacters(value) || value.Contains('\n'))
        {
            errors.Add(new(field, $"{label}に使えない文字（改行や制御文字）が含まれています。"));
            return false;
        }
        if (InvisibleText.HasDirectionControlOrSeparator(value))
        {
            errors.Add(new(field, $"{label}に、文字の並ぶ向きを変える制御文字か行・段落の区切り文字が含まれています。入力し直してください。"));
            return false;
        }
        if (value.Length > 0 && !InvisibleText.HasVisibleCharacter(value))
        {
            errors.Add(new(field, $"{label}が見えない文字だけになっています。入力し直してください。"));
            return false;
        }
        return true;
    }

    private static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\t'));

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailPattern();
}
