using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Comments.Store;

public static partial class OpinionText
{
    /// <summary>
    /// A fingerprint for spotting repeated opinions: full-width and half-width forms (NFKC), runs of white space and
    /// invisible format characters (a zero-width space typed into a copy) count as the same, so a pasted campaign
    /// text is recognised however it was typed. A text without format characters has the fingerprint it always had,
    /// so repeats of opinions stored before are still found.
    /// </summary>
    public static string Fingerprint(string opinion)
    {
        var visible = Submissions.InvisibleText.WithoutFormatCharacters(opinion.Normalize(NormalizationForm.FormKC));
        var folded = Whitespace().Replace(visible, " ").Trim();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
