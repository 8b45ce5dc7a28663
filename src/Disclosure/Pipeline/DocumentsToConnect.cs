using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <summary>Input of <see cref="ConnectDocuments"/>: the published documents, rendered, with their history.</summary>
public sealed record DocumentsToConnect(SiteContent Published, IReadOnlyDictionary<string, RenderedDocument> Rendered, RevisionHistory History);
