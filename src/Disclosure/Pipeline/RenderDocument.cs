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
        var renderer = new MarkdownRenderer(context.Pipeline, context.PageBySourcePath, diagnostics, context.Words);
        var rendered = Guard.Run(document.Source.DisplayPath, diagnostics, () => Rendered(renderer, document)) ?? Unrendered(document);
        return new DocumentRendered(rendered, diagnostics.Items);
    }

    private static RenderedDocument Rendered(MarkdownRenderer renderer, ContentDocument document) => document switch
    {
        CommentPeriod period => new RenderedCommentPeriod(period, renderer.Render(period),
            renderer.Render(period, period.HowToSubmit, period.HowToSubmitLine),
            period.Result is { } result ? renderer.Render(period, result.Summary, result.SummaryLine) : null),
        _ => new RenderedDocument(document, renderer.Render(document)),
    };

    /// <summary>What a document whose Markdown could not be rendered shows: nothing (the build has an error for it).</summary>
    private static RenderedDocument Unrendered(ContentDocument document) => document switch
    {
        CommentPeriod period => new RenderedCommentPeriod(period, RenderedMarkdown.Empty, RenderedMarkdown.Empty, null),
        _ => new RenderedDocument(document, RenderedMarkdown.Empty),
    };
}
