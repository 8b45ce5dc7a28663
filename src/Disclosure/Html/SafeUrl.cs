using System.Net;
using System.Text;
using Disclosure.Text;

namespace Disclosure.Html;

/// <summary>
/// The only addresses the site writes as links: relative ones, <c>#fragments</c>, and the schemes <c>http</c>,
/// <c>https</c>, <c>mailto</c> and <c>tel</c>. A scheme is read as a browser reads it: after HTML entities are
/// decoded, white space and control or invisible characters are dropped, and letter case is ignored — so
/// <c>JaVa&amp;#115;cript:</c> or <c>" java\tscript:"</c> are seen for what they are.
/// </summary>
public static class SafeUrl
{
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto", "tel"];

    public const string AllowedList = "相対パス、#アンカー、http:、https:、mailto:、tel:";

    public static bool IsSafe(string? url) => Scheme(url) is not { } scheme || AllowedSchemes.Contains(scheme);

    /// <summary>True for an absolute web address (http or https), as site.yml's addresses must be.</summary>
    public static bool IsWebAddress(string url) => Scheme(url) is "http" or "https";

    /// <summary>The scheme a browser would see in the address, in lower case, or null for a relative address.</summary>
    public static string? Scheme(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.AsSpan().IndexOfAny(':', '&') < 0)
        {
            // Without a colon, or an entity that could stand for one, there is no scheme: the common case, made cheap.
            return null;
        }
        if (PlainScheme(url) is { } plain)
        {
            return plain;
        }
        var decoded = url;
        // Entities may have been encoded more than once; a browser decodes an attribute once, but be the stricter.
        for (var i = 0; i < 3 && decoded.Contains('&'); i++)
        {
            decoded = WebUtility.HtmlDecode(decoded);
        }
        var visible = new StringBuilder(decoded.Length);
        foreach (var c in decoded)
        {
            if (!UnseenCharacters.IsUnseen(c))
            {
                visible.Append(c);
            }
        }
        var text = visible.ToString();
        var colon = text.IndexOf(':');
        if (colon <= 0 || text.AsSpan(0, colon).IndexOfAny("/?#") >= 0)
        {
            return null;
        }
        var scheme = text[..colon];
        return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            ? scheme.ToLowerInvariant()
            // Not a well-formed scheme, but a browser may still not treat it as a path: never write it as a link.
            : scheme.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
    }

    /// <summary>The scheme of an address that starts with one in plain ASCII letters (<c>https:</c>), read without decoding.</summary>
    private static string? PlainScheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(url[0]))
        {
            return null;
        }
        for (var i = 1; i < colon; i++)
        {
            if (!char.IsAsciiLetterOrDigit(url[i]) && url[i] is not ('+' or '-' or '.'))
            {
                return null;
            }
        }
        return url[..colon].ToLowerInvariant();
    }
}
