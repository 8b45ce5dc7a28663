using System.Runtime.CompilerServices;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="ResolveLinks"/> and <see cref="ValidateLinks"/>. A reused page keeps its HTML (the
/// same array), so its links are not parsed and resolved again. And while the link targets are those of the last
/// successful build, in which every link was valid, only the pages that build did not have need their links checked.
/// </summary>
public sealed class ResolvedLinks
{
    private readonly ConditionalWeakTable<byte[], Entry> _byPage = new();
    private (LinkTargets Targets, HashSet<byte[]> Pages)? _lastSuccessful;
    private (LinkTargets Targets, HashSet<byte[]> Pages)? _thisBuild;

    public IPhase<PageToResolve, IReadOnlyList<ResolvedLink>> AroundResolving(IPhase<PageToResolve, IReadOnlyList<ResolvedLink>> resolve) =>
        Phase.From<PageToResolve, IReadOnlyList<ResolvedLink>>(input =>
        {
            if (_byPage.TryGetValue(input.Page.Html, out var entry) && ReferenceEquals(entry.Source, input.Source))
            {
                return entry.Links;
            }
            var links = resolve.Execute(input);
            _byPage.AddOrUpdate(input.Page.Html, new Entry(input.Source, links));
            return links;
        });

    public IPhase<LinksToValidate, LinksValidated> AroundValidating(IPhase<LinksToValidate, LinksValidated> validate) =>
        Phase.From<LinksToValidate, LinksValidated>(input =>
        {
            var validated = _lastSuccessful is { } last
                ? validate.Execute(input with { Only = input.Pages.Where(p => !last.Pages.Contains(p.Html)).ToList() })
                : null;
            if (validated is null || !validated.Targets.SameAs(_lastSuccessful!.Value.Targets))
            {
                // Something a link may lead to came or went: every page is checked again.
                validated = validate.Execute(input);
            }
            _thisBuild = (validated.Targets, new HashSet<byte[]>(input.Pages.Select(p => p.Html), ReferenceEqualityComparer.Instance));
            return validated;
        });

    /// <summary>The build that validated links last succeeded: its pages are trusted while the targets stay the same.</summary>
    public void Remember() => _lastSuccessful = _thisBuild;

    private sealed record Entry(RenderedDocument? Source, IReadOnlyList<ResolvedLink> Links);
}
