using System.Net;
using System.Text.RegularExpressions;

namespace Disclosure.Html;

/// <summary>
/// The URLs and ids in a page, read and rewritten with a single pass of patterns rather than a parsed DOM: the
/// HTML comes from the site's own templates and Markdown renderer, which always quote attribute values, and
/// text content never holds a bare quote (it is written as an entity).
/// </summary>
public static partial class SiteLinks
{
    /// <summary>Prefixes each root-relative URL with the site's base path (<c>/x/</c> → <c>/hogo/x/</c>).</summary>
    public static string ApplyBasePath(string html, string basePath) =>
        basePath == "/" ? html : RootRelative().Replace(html, m => $"{m.Groups[1].Value}{m.Groups[2].Value}{basePath}{m.Groups[3].Value}");

    /// <summary>Every link and resource URL the page references (forms excluded), entities decoded.</summary>
    public static IEnumerable<string> References(string html) =>
        Reference().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[3].Value));

    /// <summary>Every id in the page, in order, repeats included.</summary>
    public static IEnumerable<string> Ids(string html) =>
        Id().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value));

    [GeneratedRegex("""(\s(?:href|src|action)=)(["'])/(?!/)([^"']*)""")]
    private static partial Regex RootRelative();

    [GeneratedRegex("""\s(href|src)=(["'])([^"']*)\2""")]
    private static partial Regex Reference();

    [GeneratedRegex("""\sid=(["'])([^"']*)\1""")]
    private static partial Regex Id();
}
