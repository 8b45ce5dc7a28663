using Disclosure.Content;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="ConnectDocuments"/>, with the last graph. How documents relate comes from some of
/// their fields (ids, references, schedule steps, dates: <see cref="SiteGraph.RelationsOf"/>) and from the links in
/// their Markdown; while every document has the same address, relations and links as before and the history is the
/// same — an edit of a body's words, or of a title — the graph is the last one with the edited documents put in their
/// places (<see cref="SiteGraph.With"/>), not worked out again for ten thousand documents.
/// </summary>
public sealed class ConnectedDocuments
{
    private (DocumentsToConnect Input, SiteGraph Graph)? _last;

    public IPhase<DocumentsToConnect, SiteGraph> Around(IPhase<DocumentsToConnect, SiteGraph> connect) =>
        Phase.From<DocumentsToConnect, SiteGraph>(input =>
        {
            if (_last is { } last && ReferenceEquals(last.Input.History, input.History) && last.Input.Rendered.Count == input.Rendered.Count
                && Edited(last.Input, input) is { } edited)
            {
                var graph = edited.Count == 0 && ReferenceEquals(last.Input.Published, input.Published)
                    ? last.Graph
                    : last.Graph.With(input.Published, input.Rendered, edited);
                _last = (input, graph);
                return graph;
            }
            var connected = connect.Execute(input);
            _last = (input, connected);
            return connected;
        });

    /// <summary>Each document read again, with its new reading; null when any came, went, or changed its relations or links.</summary>
    private static Dictionary<ContentDocument, ContentDocument>? Edited(DocumentsToConnect before, DocumentsToConnect now) =>
        EditedDocuments.Between(before.Published, now.Published, (was, @is) =>
            Equals(SiteGraph.RelationsOf(was), SiteGraph.RelationsOf(@is))
            && before.Rendered.TryGetValue(was.Url, out var wasRendered) && now.Rendered.TryGetValue(@is.Url, out var isRendered)
            && wasRendered.Links.Select(l => l.SitePath).SequenceEqual(isRendered.Links.Select(l => l.SitePath)));
}
