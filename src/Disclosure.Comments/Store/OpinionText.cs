using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Disclosure.Comments.Store;

public static partial class OpinionText
{
    /// <summary>
    /// A fingerprint for spotting repeated opinions: full-width and half-width forms and runs of white space
    /// count as the same, so a pasted campaign text is recognised however it was typed.
    /// </summary>
    public static string Fingerprint(string opinion)
    {
        var folded = Whitespace().Replace(opinion.Normalize(NormalizationForm.FormKC), " ").Trim();
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(folded)));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
