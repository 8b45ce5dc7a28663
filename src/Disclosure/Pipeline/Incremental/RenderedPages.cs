namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="PlanPages"/> and <see cref="RenderTemplates"/>, with the last successful build's plan
/// and finished pages. After a change, only the pages of documents near a changed document are planned again
/// (<see cref="Affected"/>), and a planned page whose template and declared inputs (<see cref="PageInputs"/>) are the
/// same as then is taken from here instead of being rendered again.
/// Only successful builds are remembered: a page that failed is rendered, and its problem reported, every time.
/// </summary>
public sealed class RenderedPages
{
    /// <summary>The last successful build's pages, in order of output path, and where each path stands in that order.</summary>
    private IReadOnlyList<ProcessedPage> _lastRendered = [];
    private Dictionary<string, int> _positionOf = new(StringComparer.Ordinal);
    private SiteWideInputs? _siteWide;
    private SiteGraph? _graph;
    private IReadOnlyList<PageToRender> _plan = [];
    private SiteGraph? _plannedGraph;
    private IReadOnlyList<PageToRender> _planned = [];
    private IReadOnlyList<ProcessedPage> _rendered = [];
    private bool _renderedAtLastPositions;
    private SiteWideInputs? _renderedSiteWide;

    public IPhase<PagesToPlan, PagesPlanned> AroundPlanning(IPhase<PagesToPlan, PagesPlanned> plan, SiteWideInputs siteWide) =>
        Phase.From<PagesToPlan, PagesPlanned>(input =>
        {
            var affected = Affected(input.Graph, siteWide);
            var planned = plan.Execute(input with { OnlyDocuments = affected });
            if (affected is not null)
            {
                planned = planned with { Pages = Complete(planned.Pages, affected) };
            }
            (_plannedGraph, _planned) = (input.Graph, planned.Pages);
            return planned;
        });

    public IAsyncPhase<IReadOnlyList<PageToRender>, PagesRendered> AroundRendering(IAsyncPhase<IReadOnlyList<PageToRender>, PagesRendered> render, SiteWideInputs siteWide) =>
        Phase.From<IReadOnlyList<PageToRender>, PagesRendered>(async pages =>
        {
            var split = Split(pages, siteWide);
            var rendered = await render.ExecuteAsync(split.ToRender);
            var atLastPositions = AtLastPositions(pages, split, rendered.Pages);
            var all = atLastPositions ?? [.. split.Reused.OfType<ProcessedPage>().Concat(rendered.Pages).OrderBy(p => p.Page.OutputPath, StringComparer.Ordinal)];
            (_rendered, _renderedAtLastPositions, _renderedSiteWide) = (all, atLastPositions is not null, siteWide);
            return rendered with { Pages = all, RenderedNow = rendered.Pages.Count };
        });

    /// <summary>The build that planned and rendered last succeeded: the next one may reuse its pages.</summary>
    public void Remember()
    {
        _graph = _plannedGraph;
        _plan = _planned;
        if (!_renderedAtLastPositions)
        {
            _positionOf = _rendered.Select((page, position) => (page.Page.OutputPath, position)).ToDictionary(p => p.OutputPath, p => p.position, StringComparer.Ordinal);
        }
        _lastRendered = _rendered;
        _siteWide = _renderedSiteWide;
    }

    /// <summary>
    /// The URLs of the documents whose pages may differ from the last successful build: the changed documents and
    /// every document within two steps of one (<see cref="SiteGraph.Related"/>), before and after the change.
    /// Null when everything must be planned: a first build, a document added or removed, new site-wide inputs or history.
    /// </summary>
    private IReadOnlySet<string>? Affected(SiteGraph graph, SiteWideInputs siteWide)
    {
        if (_graph is not { } before || !siteWide.SameAs(_siteWide) || !ReferenceEquals(before.History, graph.History)
            || !ReferenceEquals(before.Content.AccessibilityReport, graph.Content.AccessibilityReport))
        {
            return null;
        }
        var current = graph.Content.All.ToList();
        if (current.Count != before.DocumentCount || current.Any(d => before.DocumentAt(d.Url) is null))
        {
            return null;
        }
        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in current)
        {
            var previous = before.DocumentAt(document.Url)!;
            if (!ReferenceEquals(previous, document))
            {
                Near(graph, document, affected);
                Near(before, previous, affected);
            }
        }
        return affected;
    }

    private static void Near(SiteGraph graph, Content.ContentDocument document, HashSet<string> affected)
    {
        affected.Add(document.Url);
        foreach (var related in graph.Related(document).ToList())
        {
            affected.Add(related.Url);
            foreach (var further in graph.Related(related))
            {
                affected.Add(further.Url);
            }
        }
    }

    /// <summary>This build's plan of the affected documents, completed with the last plan's pages of all the others.</summary>
    private IReadOnlyList<PageToRender> Complete(IReadOnlyList<PageToRender> planned, IReadOnlySet<string> affected) =>
        planned.Concat(_plan.Where(p => p.Source is { } source && !affected.Contains(source.Url))).ToList();

    /// <summary>
    /// The pages that can be reused (carrying this build's plan), each at its planned page's index, and the pages to
    /// render; and where each planned page's path stood in the last build's order, when every one of them was there.
    /// </summary>
    private PagesSplit Split(IReadOnlyList<PageToRender> planned, SiteWideInputs siteWide)
    {
        if (!siteWide.SameAs(_siteWide))
        {
            return new PagesSplit(new ProcessedPage?[planned.Count], null, planned);
        }
        var reused = new ProcessedPage?[planned.Count];
        var positions = new int[planned.Count];
        var allThere = true;
        Parallel.For(0, planned.Count, i =>
        {
            var page = planned[i];
            if (!_positionOf.TryGetValue(page.OutputPath, out var position))
            {
                positions[i] = -1;
                allThere = false;
                return;
            }
            positions[i] = position;
            var previous = _lastRendered[position];
            if (previous.Page.OutputPath == page.OutputPath && previous.Page.Template == page.Template && previous.Page.Source?.Source.FullPath == page.Source?.Source.FullPath
                && previous.Page.Inputs.SameAs(page.Inputs))
            {
                reused[i] = ReferenceEquals(previous.Page, page) ? previous : previous with { Page = page };
            }
        });
        return new PagesSplit(reused, allThere ? positions : null, planned.Where((_, i) => reused[i] is null).ToList());
    }

    /// <summary>
    /// Every page in order of output path, put where its path stood in the last build — an edit leaves the site's
    /// paths as they were, and eleven thousand paths need not be sorted again. Null when the paths are not the same
    /// set (a document added or removed) or a page failed to render: the pages are then sorted.
    /// </summary>
    private ProcessedPage[]? AtLastPositions(IReadOnlyList<PageToRender> planned, PagesSplit split, IReadOnlyList<ProcessedPage> rendered)
    {
        if (split.Positions is not { } positions || positions.Length != _lastRendered.Count || rendered.Count != split.ToRender.Count)
        {
            return null;
        }
        var renderedNow = rendered.ToDictionary(p => (object)p.Page, ReferenceEqualityComparer.Instance);
        var all = new ProcessedPage?[positions.Length];
        for (var i = 0; i < planned.Count; i++)
        {
            ref var slot = ref all[positions[i]];
            if (slot is not null || (split.Reused[i] ?? renderedNow.GetValueOrDefault(planned[i])) is not { } page)
            {
                return null;
            }
            slot = page;
        }
        return all!;
    }

    /// <param name="Reused">At each planned page's index, the page from before it may be, or null.</param>
    /// <param name="Positions">Where each planned page's path stood in the last build's order; null if some path was not there.</param>
    private sealed record PagesSplit(ProcessedPage?[] Reused, int[]? Positions, IReadOnlyList<PageToRender> ToRender);
}
