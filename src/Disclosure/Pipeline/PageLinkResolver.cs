namespace Disclosure.Pipeline;

/// <summary>
/// Resolves the links of one page against its address, as a browser would. Most links of a page are plain
/// site-absolute paths or anchors (<c>/hogo/assessments/x/</c>, <c>#section</c>); those are read directly, which
/// gives what <see cref="Uri"/> gives, without its allocations for each of the thousands of links a large site's pages
/// hold. Anything else — relative paths, dot segments, escapes, queries, unusual characters — goes through <see cref="Uri"/>.
/// </summary>
public sealed class PageLinkResolver
{
    private static readonly Uri Origin = new("http://site.invalid/");

    private readonly Uri _address;
    private readonly string _path;

    public PageLinkResolver(string pageHref)
    {
        _address = new Uri(Origin, pageHref);
        _path = Uri.UnescapeDataString(_address.AbsolutePath);
    }

    /// <summary>The path and anchor a link leads to, unescaped; null for a reference no browser could follow.</summary>
    public ResolvedLink? Resolve(string reference)
    {
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : reference[(hash + 1)..];
        if (IsPlain(fragment) && (path.Length == 0 || (path[0] == '/' && !path.StartsWith("//", StringComparison.Ordinal) && IsPlainPath(path))))
        {
            return new ResolvedLink(reference, path.Length == 0 ? _path : path, fragment);
        }
        return Uri.TryCreate(_address, reference, out var resolved)
            ? new ResolvedLink(reference, Uri.UnescapeDataString(resolved.AbsolutePath), Uri.UnescapeDataString(resolved.Fragment.TrimStart('#')))
            : null;
    }

    private static bool IsPlainPath(string path) =>
        IsPlain(path) && !path.Contains("/./", StringComparison.Ordinal) && !path.Contains("/../", StringComparison.Ordinal)
        && !path.EndsWith("/.", StringComparison.Ordinal) && !path.EndsWith("/..", StringComparison.Ordinal);

    /// <summary>Letters, digits and the characters a URL keeps as they are; no escapes, queries or further anchors.</summary>
    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.' or '~' || (c > 0x7F && char.IsLetterOrDigit(c))))
            {
                return false;
            }
        }
        return true;
    }
}
