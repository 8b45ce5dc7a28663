using System.Text;

namespace Disclosure.Markdown.Extensions.HeadingIds;

/// <summary>
/// Turns a heading into a readable anchor that keeps Japanese: 「Ⅰ 基本情報」 → <c>i-基本情報</c>.
/// Compatibility forms are folded first (NFKC), so Roman numerals, full-width letters and digits become plain ones.
/// </summary>
public static class HeadingSlug
{
    public static string From(string heading)
    {
        var folded = heading.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if ((char.IsWhiteSpace(c) || c is '-' or '_' or '・') && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "section" : result;
    }
}
