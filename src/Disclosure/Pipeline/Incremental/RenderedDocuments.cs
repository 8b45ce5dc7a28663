using System.Collections.Concurrent;
using Disclosure.Content;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="RenderDocument"/>: each document's rendering from the previous build. A document
/// read again from an unchanged file is the same object, so it is found by reference; anything else is rendered afresh.
/// </summary>
public sealed class RenderedDocuments
{
    private readonly Lock _gate = new();
    private ConcurrentDictionary<ContentDocument, DocumentRendered> _previous = new(ReferenceEqualityComparer.Instance);
    private ConcurrentDictionary<ContentDocument, DocumentRendered> _current = new(ReferenceEqualityComparer.Instance);
    private MarkdownContext? _context;

    public IPhase<DocumentToRender, DocumentRendered> Around(IPhase<DocumentToRender, DocumentRendered> render) =>
        Phase.From<DocumentToRender, DocumentRendered>(input => Execute(input, render));

    private DocumentRendered Execute(DocumentToRender input, IPhase<DocumentToRender, DocumentRendered> render)
    {
        var current = Begin(input.Context);
        if (!_previous.TryGetValue(input.Document, out var rendered))
        {
            rendered = render.Execute(input);
        }
        current[input.Document] = rendered;
        return rendered;
    }

    /// <summary>
    /// A new context is a new build: only the last build's documents are kept, so edited versions do not pile up.
    /// Links to other files resolve against the set of content files, so a file added or removed, like a change of
    /// pipeline (site language, raw HTML), renders every document again.
    /// </summary>
    private ConcurrentDictionary<ContentDocument, DocumentRendered> Begin(MarkdownContext context)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(context, _context))
            {
                var same = _context is { } last && ReferenceEquals(last.Pipeline, context.Pipeline) && last.Words == context.Words
                    && last.PageBySourcePath.Count == context.PageBySourcePath.Count && context.PageBySourcePath.Keys.All(last.PageBySourcePath.ContainsKey);
                _previous = same ? _current : Empty(0);
                // Sized for the last build's documents: growing a table of ten thousand entries on every save cost more
                // than rendering the one document that changed.
                _current = Empty(_previous.Count);
                _context = context;
            }
            return _current;
        }
    }

    private static ConcurrentDictionary<ContentDocument, DocumentRendered> Empty(int capacity) =>
        new(Environment.ProcessorCount, capacity, ReferenceEqualityComparer.Instance);
}
