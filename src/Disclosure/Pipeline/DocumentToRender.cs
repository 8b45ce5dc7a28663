using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <summary>One document whose Markdown to render, the item <see cref="RenderMarkdown"/> hands to <see cref="RenderDocument"/>.</summary>
public sealed record DocumentToRender(ContentDocument Document, MarkdownContext Context);
