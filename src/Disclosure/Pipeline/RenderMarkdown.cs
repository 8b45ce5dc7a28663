using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 6: renders every published document's Markdown with the site's shared pipeline, on every core, one
/// document at a time through the item phase <paramref name="renderDocument"/>. Input <see cref="MarkdownToRender"/>,
/// output <see cref="MarkdownRendered"/>.
/// </summary>
public sealed class RenderMarkdown(MarkdownWords words, IPhase<DocumentToRender, DocumentRendered> renderDocument)
    : IPhase<MarkdownToRender, MarkdownRendered>
{
    public MarkdownRendered Execute(MarkdownToRender input)
    {
        var context = new MarkdownContext(
            MarkdownPipelines.For(input.Published.Site.AllowHtml, input.Published.Site.EastAsianLineBreaks, words),
            input.EveryDocument.Select(d => (d.Source.RelativePath, d.Url))
                .Concat(input.Published.Unreadable.Select(u => (u.RelativePath, u.Url)))
                .ToDictionary(p => p.RelativePath, p => p.Url, StringComparer.Ordinal),
            words);
        var rendered = OnEveryCore.Map(input.Published.All.ToList(), d => renderDocument.Execute(new DocumentToRender(d, context)));
        return new MarkdownRendered(
            rendered.ToDictionary(r => r.Rendered.Document.Url, r => r.Rendered, StringComparer.Ordinal),
            rendered.SelectMany(r => r.Diagnostics).ToList());
    }
}
