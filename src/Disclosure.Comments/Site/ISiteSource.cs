namespace Disclosure.Comments.Site;

/// <summary>
/// Where the server finds the built site — its comment-period data, the words of its pages, the period pages it
/// changes into receipt and error pages, and the style sheet and script they use: a folder on the same machine
/// (<c>Comments__SitePath</c>), or the published site itself (<c>Comments__SiteUrl</c>, over HTTPS).
/// </summary>
public interface ISiteSource
{
    /// <summary>The file at a path inside the site (<c>data/comment-periods.json</c>), or null when the site has none.</summary>
    /// <exception cref="SiteUnavailableException">The site cannot be read at all just now (and nothing was read before).</exception>
    ValueTask<SiteFile?> GetAsync(string relativePath, CancellationToken cancellationToken = default);

    /// <summary>Where a path is, in words for the log: a file path or a URL.</summary>
    string Describe(string relativePath);
}
