using Disclosure.Content;
using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>
/// Item phase of <see cref="ValidateLinks"/>: the links of one page, resolved against the page's address. Input
/// <see cref="PageToResolve"/>, output the page's links within the site, each once.
/// </summary>
public sealed class ResolveLinks(SiteConfig site) : IPhase<PageToResolve, IReadOnlyList<ResolvedLink>>
{
    /// <summary>
    /// The links in the page's HTML, and every link written in its document's Markdown, including fields the page
    /// shows only on some dates (how to submit, the result): a build must not pass today and fail next month.
    /// </summary>
    public IReadOnlyList<ResolvedLink> Execute(PageToResolve input)
    {
        var (page, source) = input;
        var written = source?.Links.Where(l => l.SitePath is not null).Select(l => site.Href(l.SitePath!)) ?? [];
        var resolver = new PageLinkResolver(site.Href(page.Page.Model.Path));
        // Written links first: a link in the Markdown is also in the page (percent-encoded there), and a problem is
        // reported once, on the line it was written.
        return written.Concat(page.References)
            .Distinct(StringComparer.Ordinal)
            .Where(reference => reference.Length > 0 && reference != "#" && !LinkTarget.IsExternal(reference))
            // A reference no browser could follow either is left to the checks of the field or Markdown it came from.
            .Select(resolver.Resolve)
            .OfType<ResolvedLink>()
            .DistinctBy(link => (link.Path, link.Fragment))
            .ToList();
    }
}
