using AngleSharp.Dom;

namespace Disclosure.Html;

/// <summary>Site-absolute URLs in the page, so the base path can be applied and every link checked in one place.</summary>
public static class SiteLinks
{
    private static readonly (string Selector, string Attribute)[] UrlAttributes =
    [
        ("a[href]", "href"),
        ("link[href]", "href"),
        ("img[src]", "src"),
        ("script[src]", "src"),
        ("form[action]", "action"),
    ];

    /// <summary>Prefixes each root-relative URL with the site's base path (<c>/x/</c> → <c>/hogo/x/</c>).</summary>
    public static void ApplyBasePath(IDocument document, string basePath)
    {
        if (basePath == "/")
        {
            return;
        }
        foreach (var (element, attribute, value) in All(document))
        {
            if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
            {
                element.SetAttribute(attribute, basePath + value[1..]);
            }
        }
    }

    /// <summary>Every link and resource URL the page references, as written in the final HTML.</summary>
    public static IEnumerable<string> References(IDocument document) =>
        All(document).Where(x => x.Element.LocalName != "form").Select(x => x.Value);

    private static IEnumerable<(IElement Element, string Attribute, string Value)> All(IDocument document) =>
        UrlAttributes.SelectMany(u => document.QuerySelectorAll(u.Selector)
            .Select(e => (e, u.Attribute, e.GetAttribute(u.Attribute) ?? "")));
}
