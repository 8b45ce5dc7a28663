using System.Collections.Concurrent;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Markdig;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Each document's rendered Markdown from the previous build. A document read again from an unchanged file is the
/// same object, so it is found by reference; anything else is rendered afresh.
/// </summary>
public sealed class RenderedDocuments
{
    private ConcurrentDictionary<ContentDocument, Entry> _previous = new(ReferenceEqualityComparer.Instance);
    private ConcurrentDictionary<ContentDocument, Entry> _current = new(ReferenceEqualityComparer.Instance);
    private MarkdownPipeline? _pipeline;
    private HashSet<string> _sourcePaths = [];

    /// <summary>
    /// Starts a build. Links to other files resolve against the set of content files, so a file added or removed,
    /// like a change of pipeline (site language, raw HTML), renders every document again.
    /// </summary>
    public void Begin(MarkdownPipeline pipeline, IReadOnlyCollection<string> sourcePaths)
    {
        if (!ReferenceEquals(pipeline, _pipeline) || sourcePaths.Count != _sourcePaths.Count || !sourcePaths.All(_sourcePaths.Contains))
        {
            _previous.Clear();
            _pipeline = pipeline;
            _sourcePaths = sourcePaths.ToHashSet(StringComparer.Ordinal);
        }
        _current = new ConcurrentDictionary<ContentDocument, Entry>(ReferenceEqualityComparer.Instance);
    }

    public RenderedDocument GetOrRender(ContentDocument document, DiagnosticBag diagnostics, Func<DiagnosticBag, RenderedDocument> render)
    {
        if (!_previous.TryGetValue(document, out var entry))
        {
            var own = new DiagnosticBag();
            entry = new Entry(render(own), own.Items);
        }
        diagnostics.Add(entry.Diagnostics);
        _current[document] = entry;
        return entry.Rendered;
    }

    /// <summary>Ends a build: only this build's documents are kept, so edited versions do not pile up.</summary>
    public void End() => (_previous, _current) = (_current, new ConcurrentDictionary<ContentDocument, Entry>(ReferenceEqualityComparer.Instance));

    private sealed record Entry(RenderedDocument Rendered, IReadOnlyList<Diagnostic> Diagnostics);
}
