using System.Runtime.CompilerServices;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// The links of each finished page, resolved against the page's address. A reused page keeps its HTML (the same
/// array), so its links are not parsed and resolved again. And the link targets of the last successful build, in
/// which every link was valid: while they stay the same, only newly rendered pages need their links checked.
/// </summary>
public sealed class ResolvedLinks
{
    private readonly ConditionalWeakTable<byte[], Entry> _byPage = new();
    private LinkTargets? _lastSuccessful;

    /// <summary>Whether every page reused from the last successful build still has only valid links.</summary>
    public bool StillValid(LinkTargets targets) => _lastSuccessful is { } last && last.SameAs(targets);

    /// <summary>Called when a build succeeded, together with remembering its pages.</summary>
    public void Remember(LinkTargets targets) => _lastSuccessful = targets;

    /// <param name="source">The rendered document the page shows, whose written links are checked with the page's.</param>
    public IReadOnlyList<ResolvedLink> GetOrResolve(ProcessedPage page, RenderedDocument? source, Func<IReadOnlyList<ResolvedLink>> resolve)
    {
        if (_byPage.TryGetValue(page.Html, out var entry) && ReferenceEquals(entry.Source, source))
        {
            return entry.Links;
        }
        var links = resolve();
        _byPage.AddOrUpdate(page.Html, new Entry(source, links));
        return links;
    }

    private sealed record Entry(RenderedDocument? Source, IReadOnlyList<ResolvedLink> Links);
}
