namespace Disclosure.Pipeline;

/// <summary>Input of <see cref="PlanPages"/>.</summary>
/// <param name="OnlyDocuments">
/// URLs of the documents whose pages to plan (the incremental layer plans only those near a change); null for all.
/// The site's own pages (home, lists, tags) are always planned: they list everything.
/// </param>
public sealed record PagesToPlan(SiteGraph Graph, IReadOnlySet<string>? OnlyDocuments = null);
