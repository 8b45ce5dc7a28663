using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Disclosure.Tests.Support;

/// <summary>Reads built pages the way a browser would.</summary>
public static class HtmlPage
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IDocument Load(string path) => Parse(File.ReadAllText(path));
}
