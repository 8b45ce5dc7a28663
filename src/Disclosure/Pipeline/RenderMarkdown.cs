using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;
using Disclosure.Pipeline.Incremental;

namespace Disclosure.Pipeline;

/// <summary>Phase 3: renders every document's Markdown with the site's shared pipeline.</summary>
/// <param name="earlier">Documents rendered by earlier builds in this process (the preview), reused when unchanged.</param>
public sealed class RenderMarkdown(DiagnosticBag diagnostics, MarkdownWords words, RenderedDocuments? earlier = null)
{
    public IReadOnlyDictionary<string, RenderedDocument> Execute(SiteContent published, IEnumerable<ContentDocument> everyDocument)
    {
        var bySourcePath = everyDocument.ToDictionary(d => d.Source.RelativePath, StringComparer.Ordinal);
        var pipeline = MarkdownPipelines.For(published.Site.AllowHtml, words);
        earlier?.Begin(pipeline, bySourcePath.Keys);

        RenderedDocument Render(ContentDocument d, DiagnosticBag bag)
        {
            var renderer = new MarkdownRenderer(pipeline, bySourcePath, bag, words);
            return Guard.Run(d.Source.DisplayPath, bag, () => new RenderedDocument(d, renderer.Render(d), RenderFields(renderer, d)))
                ?? new RenderedDocument(d, RenderedMarkdown.Empty, new Dictionary<string, RenderedMarkdown>());
        }
        var rendered = published.All
            .AsParallel()
            .Select(d => earlier is null ? Render(d, diagnostics) : earlier.GetOrRender(d, diagnostics, bag => Render(d, bag)))
            .ToDictionary(r => r.Document.Url, StringComparer.Ordinal);
        earlier?.End();
        return rendered;
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
