using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;
using Disclosure.Routing;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 14: every link and anchor on every page must lead to a file this build writes (and an id in it), checked
/// against the real output rather than against what the content says should exist. Input <see cref="LinksToValidate"/>,
/// output <see cref="LinksValidated"/>; each page's links are found by the item phase <paramref name="resolveLinks"/>.
/// </summary>
public sealed class ValidateLinks(
    SiteConfig site, PublishedContent published, IReadOnlyDictionary<string, RenderedDocument> rendered, IPhase<PageToResolve, IReadOnlyList<ResolvedLink>> resolveLinks)
    : IPhase<LinksToValidate, LinksValidated>
{
    public LinksValidated Execute(LinksToValidate input)
    {
        var diagnostics = new DiagnosticBag();
        var byFile = input.Pages.ToDictionary(p => p.Page.OutputPath, StringComparer.Ordinal);
        var targets = new LinkTargets(byFile.ToDictionary(p => p.Key, p => p.Value.Ids, StringComparer.Ordinal), input.OtherFiles,
            published.Withheld.Keys.ToHashSet(StringComparer.Ordinal), published.Unmade, site.BasePath);
        Parallel.ForEach(input.Only ?? input.Pages, page =>
        {
            var source = page.Page.Source is { } document && rendered.TryGetValue(document.Url, out var found) ? found : null;
            foreach (var link in resolveLinks.Execute(new PageToResolve(page, source)))
            {
                if (Problem(link, byFile, input.OtherFiles) is { } problem)
                {
                    Report(page, link.Reference, problem, diagnostics);
                }
            }
        });
        return new LinksValidated(targets, diagnostics.Items);
    }

    private string? Problem(ResolvedLink link, Dictionary<string, ProcessedPage> byFile, IReadOnlySet<string> otherFiles)
    {
        if (!link.Path.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            return $"リンク「{link.Reference}」はサイトの外（{site.BasePath} の外）を指しています。";
        }

        var sitePath = "/" + link.Path[site.BasePath.Length..];
        if (published.Withheld.TryGetValue(sitePath, out var reason))
        {
            return $"リンク先「{sitePath}」は、{reason}このビルドでは公開されません。";
        }

        var file = SiteRoutes.FileOf(sitePath);
        if (!byFile.TryGetValue(file, out var target) && !byFile.TryGetValue(file + "/index.html", out target))
        {
            return otherFiles.Contains(file) || IsUnmade(sitePath) ? null : $"リンク先「{link.Reference}」のページやファイルがありません。";
        }
        if (link.Fragment.Length > 0 && !target.Ids.Contains(link.Fragment))
        {
            return $"リンク先「{link.Reference}」のページに「#{link.Fragment}」という見出し（アンカー）がありません。";
        }
        return null;
    }

    /// <summary>Whether the link leads to a page (or a file beneath it) missing for a mistake reported at its own file.</summary>
    private bool IsUnmade(string sitePath) =>
        published.Unmade.Any(page => sitePath.StartsWith(page, StringComparison.Ordinal));

    private void Report(ProcessedPage page, string reference, string problem, DiagnosticBag diagnostics)
    {
        if (page.Page.Source is { } source)
        {
            var links = rendered.TryGetValue(source.Url, out var document) ? document.Links : [];
            // The page's HTML has the link percent-encoded (#概要 as #%E6%A6%82%E8%A6%81), the Markdown as written.
            var unescaped = Uri.UnescapeDataString(reference);
            if (links.Any(l => l.SitePath is null && Uri.UnescapeDataString(l.Written) == unescaped))
            {
                // A link to a missing source file: reported already, on its line, when the Markdown was rendered.
                return;
            }
            var written = links.FirstOrDefault(l => l.SitePath is not null && site.Href(l.SitePath) == reference);
            diagnostics.Error(source.Source.DisplayPath, written?.Line ?? 1,
                written is null ? $"{problem}（テーマのテンプレート「{page.Page.Template}」が作るリンクです）" : problem);
        }
        else
        {
            diagnostics.Error($"themes: {page.Page.Template}", 1, $"{page.Page.Model.Path} の {problem}");
        }
    }
}
