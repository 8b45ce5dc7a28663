using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>
/// Item phase of <see cref="RenderMarkdown"/>: renders one document's body and its Markdown fields. Input
/// <see cref="DocumentToRender"/>, output <see cref="DocumentRendered"/>; a parser's own failure is reported
/// against the document, never thrown.
/// </summary>
public sealed class RenderDocument : IPhase<DocumentToRender, DocumentRendered>
{
    public DocumentRendered Execute(DocumentToRender input)
    {
        var (document, context) = input;
        var diagnostics = new DiagnosticBag();
        var renderer = new MarkdownRenderer(context.Pipeline, context.BySourcePath, diagnostics, context.Words);
        var rendered = Guard.Run(document.Source.DisplayPath, diagnostics, () => new RenderedDocument(document, renderer.Render(document), RenderFields(renderer, document)))
            ?? new RenderedDocument(document, RenderedMarkdown.Empty, new Dictionary<string, RenderedMarkdown>());
        return new DocumentRendered(rendered, diagnostics.Items);
    }

    private static Dictionary<string, RenderedMarkdown> RenderFields(MarkdownRenderer renderer, ContentDocument document)
    {
        var fields = new Dictionary<string, RenderedMarkdown>(StringComparer.Ordinal);
        if (document is CommentPeriod period)
        {
            fields["how_to_submit"] = renderer.Render(period, period.HowToSubmit, period.HowToSubmitLine);
            if (period.Result is { } result)
            {
                fields["result.summary"] = renderer.Render(period, result.Summary, result.SummaryLine);
            }
        }
        return fields;
    }
}
