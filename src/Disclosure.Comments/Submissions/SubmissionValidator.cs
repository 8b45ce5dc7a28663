using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Comments.Periods;
using Disclosure.Content;
using Disclosure.Rendering;

namespace Disclosure.Comments.Submissions;

/// <summary>Checks a submission against its period's rules; every problem is returned, in the order of the form.</summary>
public static partial class SubmissionValidator
{
    private const int PersonalFieldMaxLength = 200;
    private const int EmailMaxLength = 254;

    public static IReadOnlyList<FieldError> Validate(SubmissionInput input, CommentPeriodInfo period, UiStrings words)
    {
        var errors = new List<FieldError>();
        var opinionLength = CountCharacters(input.Opinion);
        if (!InvisibleText.HasVisibleCharacter(input.Opinion))
        {
            // Blank, or only zero-width and other invisible characters: nothing anyone could read.
            errors.Add(new(SubmissionInput.OpinionField, words["server.opinion.required"]));
        }
        else if (opinionLength > period.MaxLength)
        {
            errors.Add(new(SubmissionInput.OpinionField, words.Format("server.opinion.too_long",
                period.MaxLength.ToString("#,0", CultureInfo.InvariantCulture), opinionLength.ToString("#,0", CultureInfo.InvariantCulture))));
        }
        else if (HasControlCharacters(input.Opinion))
        {
            errors.Add(new(SubmissionInput.OpinionField, words["server.opinion.control"]));
        }

        if (input.Section.Length > 0 && !period.Sections.Contains(input.Section))
        {
            errors.Add(new(SubmissionInput.SectionField, words["server.section.choose"]));
        }

        CheckPersonal(errors, period, SubmissionInput.NameField, words.Of(CommentField.Name), input.Name, words);
        if (CheckPersonal(errors, period, SubmissionInput.EmailField, words.Of(CommentField.Email), input.Email, words)
            && input.Email.Length > 0 && (input.Email.Length > EmailMaxLength || !EmailPattern().IsMatch(input.Email)))
        {
            errors.Add(new(SubmissionInput.EmailField, words["server.email.format"]));
        }
        CheckPersonal(errors, period, SubmissionInput.AddressField, words.Of(CommentField.Address), input.Address, words);

        if (!input.Agreed)
        {
            errors.Add(new(SubmissionInput.AgreeField, words["server.agree.required"]));
        }
        return errors;
    }

    /// <summary>Characters as a person counts them (code points), the same count the page's counter shows.</summary>
    public static int CountCharacters(string text) => text.EnumerateRunes().Count();

    /// <returns>False when the field already has an error.</returns>
    private static bool CheckPersonal(List<FieldError> errors, CommentPeriodInfo period, string field, string label, string value, UiStrings words)
    {
        var problem = value.Length == 0 && period.Requires(field) ? words.Format("server.personal.required", label)
            : CountCharacters(value) > PersonalFieldMaxLength ? words.Format("server.personal.too_long", label, PersonalFieldMaxLength)
            : HasControlCharacters(value) || value.Contains('\n') ? words.Format("server.personal.control", label)
            : InvisibleText.HasDirectionControlOrSeparator(value) ? words.Format("server.personal.direction", label)
            : value.Length > 0 && !InvisibleText.HasVisibleCharacter(value) ? words.Format("server.personal.invisible", label)
            : null;
        if (problem is not null)
        {
            errors.Add(new(field, problem));
            return false;
        }
        return true;
    }

    private static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\n' or '\t'));

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")]
    private static partial Regex EmailPattern();
}
