using Disclosure.Content;
using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>A document with its Markdown rendered: the body, and the fields its kind writes in Markdown.</summary>
public record RenderedDocument(ContentDocument Document, RenderedMarkdown Body)
{
    /// <summary>The document's fields written in Markdown, rendered: a kind that has any says which (<see cref="RenderedCommentPeriod"/>).</summary>
    public virtual IEnumerable<RenderedMarkdown> Fields => [];

    public IEnumerable<MarkdownLink> Links => Body.Links.Concat(Fields.SelectMany(f => f.Links));
}
