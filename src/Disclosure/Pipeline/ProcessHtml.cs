using AngleSharp.Html.Parser;
using Disclosure.Content;
using Disclosure.Html;

namespace Disclosure.Pipeline;

/// <summary>Phase 6 (post-process): table of contents, accessible tables, the base path on every site link.</summary>
public sealed class ProcessHtml(SiteConfig site)
{
    public IReadOnlyList<ProcessedPage> Execute(IReadOnlyList<RenderedPage> pages) =>
        pages.AsParallel().AsOrdered().Select(Process).ToList();

    private ProcessedPage Process(RenderedPage rendered)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument(rendered.Html);
        TableOfContents.Build(document);
        AccessibleTables.Apply(document);
        SiteLinks.ApplyBasePath(document, site.BasePath);

        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var references = SiteLinks.References(document).ToList();
        var html = "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
        return new ProcessedPage(rendered.Page, html, ids, references);
    }
}
