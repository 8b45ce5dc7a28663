using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Disclosure.Tests.Support;

/// <summary>Reads built pages the way a browser would.</summary>
public static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IDocument Load(string path) => Parse(File.ReadAllText(path));

    public static IReadOnlyList<string> Hrefs(IDocument document) =>
        document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
}
