namespace Disclosure.Pipeline;

/// <summary>
/// Phase 8: works out how the published documents relate, both ways (<see cref="SiteGraph"/>), once for every later
/// phase. Input <see cref="DocumentsToConnect"/>, output the graph.
/// </summary>
public sealed class ConnectDocuments : IPhase<DocumentsToConnect, SiteGraph>
{
    public SiteGraph Execute(DocumentsToConnect input) => new(input.Published, input.Rendered, input.History);
}
