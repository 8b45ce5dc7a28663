using AngleSharp.Html.Parser;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Html;

namespace Disclosure.Pipeline;

/// <summary>Phase 6 (post-process): table of contents, accessible tables, the base path on every site link.</summary>
public sealed class ProcessHtml(SiteConfig site, DiagnosticBag diagnostics)
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

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in document.QuerySelectorAll("[id]").Select(e => e.Id!).Where(id => !ids.Add(id)).Distinct())
        {
            // Usually a heading whose id equals one the theme uses (e.g. a heading named "related").
            var where = rendered.Page.Source?.Source.DisplayPath ?? $"themes: {rendered.Page.Template}";
            diagnostics.Error(where, 1, $"ページ {rendered.Page.Model.Path} に同じ ID「{id}」が二つあります。見出しの文言を変えてください。");
        }
        var references = SiteLinks.References(document).ToList();
        var html = "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml + "\n";
        return new ProcessedPage(rendered.Page, html, ids, references);
    }
}
