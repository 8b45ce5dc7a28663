using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="RenderTemplates"/>: the finished pages, by output path.</summary>
/// <param name="Failed">Pages a template could not render: each is among the diagnostics, and the build writes nothing.</param>
public sealed record PagesRendered(IReadOnlyList<ProcessedPage> Pages, int Failed, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput
{
    /// <summary>Pages this build rendered through their templates (the rest, in an incremental build, were reused).</summary>
    public int RenderedNow { get; init; } = Pages.Count;
}
