using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <summary>Input of <see cref="RenderMarkdown"/>.</summary>
/// <param name="Published">The documents to render (with the settings: raw HTML allowed or not).</param>
/// <param name="EveryDocument">Every document read, published or not, so links to any content file resolve.</param>
public sealed record MarkdownToRender(SiteContent Published, IReadOnlyList<ContentDocument> EveryDocument);
