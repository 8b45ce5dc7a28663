using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>Phase 3: renders every document's Markdown with the site's shared pipeline.</summary>
public sealed class RenderMarkdown(DiagnosticBag diagnostics, MarkdownWords words)
{
    public IReadOnlyDictionary<string, RenderedDocument> Execute(SiteContent published, IEnumerable<ContentDocument> everyDocument)
    {
        var bySourcePath = everyDocument.ToDictionary(d => d.Source.RelativePath, StringComparer.Ordinal);
        var renderer = new MarkdownRenderer(MarkdownPipelines.For(published.Site.AllowHtml, words), bySourcePath, diagnostics, words);

        return published.All
            .AsParallel()
            .Select(d => new RenderedDocument(d, renderer.Render(d), RenderFields(renderer, d)))
            .ToDictionary(r => r.Document.Url, StringComparer.Ordinal);
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
