namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// What one process keeps between builds of the same site (the preview), so that a build after a small change
/// does only the work the change needs. Each part holds the previous build's results, keyed by their inputs: what
/// is reused is exactly what a full build would have made again.
/// </summary>
public sealed class BuildCache
{
    public ParsedFiles Files { get; } = new();
    public RenderedDocuments Markdown { get; } = new();
    public ReadHistories History { get; } = new();
    public RenderedPages Pages { get; } = new();
    public ResolvedLinks Links { get; } = new();
    public ProducedFiles Produced { get; } = new();
    public CheckedFiles Redactions { get; } = new();
    public WrittenFiles Output { get; } = new();

    /// <summary>A build's pages are in the output: later builds may reuse them, and trust their links while the targets stay the same.</summary>
    public void Remember(SiteGraph graph, IReadOnlyList<PageToRender> plan, IReadOnlyList<ProcessedPage> pages, SiteWideInputs siteWide, LinkTargets linkTargets)
    {
        Pages.Remember(graph, plan, pages, siteWide);
        Links.Remember(linkTargets);
        Produced.Remember();
    }
}
