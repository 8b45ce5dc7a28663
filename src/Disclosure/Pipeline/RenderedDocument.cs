using Disclosure.Content;
using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>A document with its Markdown rendered: the body, plus any fields written in Markdown (by field name).</summary>
public sealed record RenderedDocument(ContentDocument Document, RenderedMarkdown Body, IReadOnlyDictionary<string, RenderedMarkdown> Fields)
{
    public IEnumerable<MarkdownLink> Links => Body.Links.Concat(Fields.Values.SelectMany(f => f.Links));

    public string FieldHtml(string field) => Fields.TryGetValue(field, out var rendered) ? rendered.Html : "";
}
