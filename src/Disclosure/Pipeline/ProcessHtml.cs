using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Html;

namespace Disclosure.Pipeline;

/// <summary>
/// Item phase of <see cref="RenderTemplates"/> (post-processing, page by page as templates finish): the table of
/// contents, the base path on every site link, and the ids and links each page holds for link validation — in one
/// pass over the HTML text, without building a DOM for every page. Input <see cref="RenderedPage"/>, output <see cref="PageProcessed"/>.
/// </summary>
public sealed class ProcessHtml(SiteConfig site, IReadOnlyDictionary<string, RenderedDocument> rendered) : IPhase<RenderedPage, PageProcessed>
{
    public PageProcessed Execute(RenderedPage page)
    {
        var diagnostics = new DiagnosticBag();
        var headings = page.Page.Source is { } source && rendered.TryGetValue(source.Url, out var document) ? document.Body.Headings : [];
        var html = SiteLinks.Finish(TableOfContents.Fill(page.Html, headings), site.BasePath);

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in html.Ids.Where(id => !ids.Add(id)).Distinct())
        {
            // Usually a heading whose id equals one the theme uses (e.g. a heading named "related").
            var where = page.Page.Source?.Source.DisplayPath ?? $"themes: {page.Page.Template}";
            diagnostics.Error(where, 1, $"ページ {page.Page.Model.Path} に同じ ID「{id}」が二つあります。見出しの文言を変えてください。");
        }
        return new PageProcessed(new ProcessedPage(page.Page, html.Utf8, ids, html.References), diagnostics.Items);
    }
}
