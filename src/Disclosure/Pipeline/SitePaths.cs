namespace Disclosure.Pipeline;

public static class SitePaths
{
    /// <summary><c>/assessments/x/</c> → <c>assessments/x/index.html</c>; <c>/404.html</c> → <c>404.html</c>.</summary>
    public static string ToFile(string sitePath)
    {
        var path = Uri.UnescapeDataString(sitePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>A tag's page; the tag itself is the folder name, escaped in the URL.</summary>
    public static string Tag(string tag) => $"/tags/{Uri.EscapeDataString(tag)}/";
}
