namespace Disclosure.Pipeline;

/// <summary>Input of <see cref="CollectFollowFiles"/>: the site graph and every page planned (for the sitemap).</summary>
public sealed record SiteToFollow(SiteGraph Graph, IReadOnlyList<PageToRender> Pages);
