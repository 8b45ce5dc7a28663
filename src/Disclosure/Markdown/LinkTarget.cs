namespace Disclosure.Markdown;

/// <summary>Classifies and resolves the URL of a Markdown link the way a browser would, from the page's own URL.</summary>
public static class LinkTarget
{
    private static readonly Uri Origin = new("http://site.invalid/");
    private static readonly string[] SourceExtensions = [".md", ".yml", ".yaml"];

    /// <summary>
    /// True for a link that leaves the site: one with a scheme (as a browser reads it, even where .NET's Uri would
    /// refuse it, e.g. <c>mailto:</c> with a space) or a protocol-relative one.
    /// </summary>
    public static bool IsExternal(string url) => url.StartsWith("//", StringComparison.Ordinal) || Html.SafeUrl.Scheme(url) is not null;

    /// <summary>True for a link to a content source file (<c>../comment-periods/y.yml</c>), which must be rewritten to its page.</summary>
    public static bool IsSourceFile(string url)
    {
        var path = StripFragment(url, out _);
        return !path.StartsWith('/') && SourceExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Resolves a relative or site-absolute URL against a page's site path.</summary>
    public static string ResolveUrl(string pageSitePath, string url)
    {
        var resolved = new Uri(new Uri(Origin, pageSitePath), url);
        return resolved.PathAndQuery + resolved.Fragment;
    }

    /// <summary>Resolves a source-file link against the content-relative folder of the file it is written in.</summary>
    public static string ResolveSourcePath(string sourceRelativePath, string url)
    {
        var path = StripFragment(url, out _);
        var resolved = new Uri(new Uri(Origin, "/" + sourceRelativePath), Uri.EscapeDataString(path).Replace("%2F", "/"));
        return Uri.UnescapeDataString(resolved.AbsolutePath).TrimStart('/');
    }

    public static string StripFragment(string url, out string fragment)
    {
        var hash = url.IndexOf('#');
        fragment = hash >= 0 ? url[hash..] : "";
        return hash >= 0 ? url[..hash] : url;
    }
}
