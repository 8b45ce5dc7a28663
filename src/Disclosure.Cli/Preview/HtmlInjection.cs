namespace Disclosure.Cli.Preview;

/// <summary>Adds preview-only markup to a page as it is sent; the files on disk stay exactly as the build wrote them.</summary>
public static class HtmlInjection
{
    public static string BeforeBodyEnd(string html, string fragment)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + fragment : html.Insert(end, fragment);
    }
}
