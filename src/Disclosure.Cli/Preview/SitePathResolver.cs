namespace Disclosure.Cli.Preview;

/// <summary>Maps a request path to the output folder as the site's real host would, under the site's base path.</summary>
public static class SitePathResolver
{
    /// <param name="requestPath">The decoded request path, e.g. <c>/hogo/news/</c>.</param>
    /// <param name="basePath">The site's base path with both slashes, e.g. <c>/hogo/</c>.</param>
    /// <param name="outputRoot">The output folder's full path, without a trailing separator.</param>
    public static SiteTarget Resolve(string requestPath, string basePath, string outputRoot)
    {
        // The preview's own address has no path, but every link in the site starts with the base path.
        if ((requestPath == "/" && basePath != "/") || requestPath + "/" == basePath)
        {
            return SiteTarget.RedirectTo(basePath);
        }
        if (!requestPath.StartsWith(basePath, StringComparison.Ordinal))
        {
            return SiteTarget.NotFound;
        }

        var relative = requestPath[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }
        var fullPath = Path.GetFullPath(Path.Combine(outputRoot, relative));
        // "/hogo//etc/passwd" or an encoded "..": nothing outside the output folder is ever served.
        if (!fullPath.StartsWith(outputRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return SiteTarget.NotFound;
        }
        if (System.IO.File.Exists(fullPath))
        {
            return SiteTarget.File(fullPath);
        }
        // A folder asked for without its slash: relative links in its index.html only work with the slash.
        return Directory.Exists(fullPath) ? SiteTarget.RedirectTo(requestPath + "/") : SiteTarget.NotFound;
    }
}
