using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Privacy;

/// <summary>
/// Text reduced to what a reader would recognise as "the same words": compatibility forms folded (full-width and
/// half-width alike, NFKC), case folded, and every kind of white space removed.
/// </summary>
public static partial class FoldedText
{
    public static string Fold(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        return string.Create(normalized.Length - Dropped(normalized), normalized, static (folded, source) =>
        {
            var length = 0;
            foreach (var c in source)
            {
                if (!IsDropped(c))
                {
                    folded[length++] = char.ToLowerInvariant(c);
                }
            }
        });
    }

    private static int Dropped(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += IsDropped(c) ? 1 : 0;
        }
        return count;
    }

    private static bool IsDropped(char c) =>
        c < 0x80 ? c <= ' ' && char.IsWhiteSpace(c) : char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    /// <summary>
    /// The ways a published file can carry words: as written, with HTML tags removed and entities decoded, with
    /// URL-encoding decoded, with JSON <c>\u</c> escapes decoded, and with punycode host names decoded — each folded.
    /// </summary>
    public static IReadOnlyList<string> Readings(string fileText)
    {
        // A decoding that cannot change the text (nothing to decode in it) adds no reading.
        List<string> readings = [Fold(fileText)];
        if (fileText.Contains('<'))
        {
            readings.Add(Fold(WebUtility.HtmlDecode(Tags().Replace(fileText, ""))));
        }
        if (fileText.Contains('&'))
        {
            readings.Add(Fold(WebUtility.HtmlDecode(fileText)));
        }
        if (fileText.Contains('%'))
        {
            readings.Add(Fold(UrlDecode(fileText)));
        }
        if (fileText.Contains("\\u", StringComparison.Ordinal))
        {
            readings.Add(Fold(JsonEscape().Replace(fileText, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString())));
        }
        if (fileText.Contains("xn--", StringComparison.OrdinalIgnoreCase))
        {
            readings.Add(Fold(HostNamesDecoded(fileText)));
        }
        return readings;
    }

    /// <summary>Internationalised host names as people read them: <c>xn--…</c> labels (punycode) back in their own script.</summary>
    private static string HostNamesDecoded(string text)
    {
        var idn = new IdnMapping();
        return PunycodeLabel().Replace(text, m =>
        {
            try
            {
                return idn.GetUnicode(m.Value);
            }
            catch (ArgumentException)
            {
                return m.Value;
            }
        });
    }


    private static string UrlDecode(string text)
    {
        try
        {
            // A '+' stands for a space in a query, and white space is folded away: it is simply dropped.
            return Uri.UnescapeDataString(text.Replace("+", "", StringComparison.Ordinal));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    [GeneratedRegex("xn--[a-z0-9-]+", RegexOptions.IgnoreCase)]
    private static partial Regex PunycodeLabel();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\\u([0-9a-fA-F]{4})")]
    private static partial Regex JsonEscape();
}
