using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Time;

/// <summary>
/// Reads a date as staff write it in documents — 2015/6/22, 2015年6月22日, 令和7年4月1日, in full-width digits too —
/// only to tell them how to write it in a date field (2015-06-22). Fields still accept the one form alone: a date read
/// two ways would be read wrongly one day.
/// </summary>
public static partial class WrittenDate
{
    /// <summary>The date in the form date fields take, or null when the text is not a date written another way.</summary>
    public static string? AsIso(string text)
    {
        var plain = text.Normalize(NormalizationForm.FormKC).Replace(" ", "", StringComparison.Ordinal);
        int? year = null;
        Match match;
        if ((match = Western().Match(plain)).Success)
        {
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        else if ((match = Era().Match(plain)).Success)
        {
            var eraYear = match.Groups["year"].Value == "元" ? 1 : int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
            year = eraYear >= 1 ? JapaneseDate.WesternYear(match.Groups["era"].Value, eraYear) : null;
        }
        if (year is not ({ } y and >= 1 and <= 9999))
        {
            return null;
        }
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month)
            ? JapaneseDate.Iso(new DateOnly(y, month, day))
            : null;
    }

    [GeneratedRegex(@"^(?<year>[0-9]{4})[-/.年](?<month>[0-9]{1,2})[-/.月](?<day>[0-9]{1,2})日?$")]
    private static partial Regex Western();

    [GeneratedRegex(@"^(?<era>令和|平成|昭和|大正|明治)(?<year>[0-9]{1,2}|元)年(?<month>[0-9]{1,2})月(?<day>[0-9]{1,2})日$")]
    private static partial Regex Era();
}
