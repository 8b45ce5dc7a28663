using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 7: every link and anchor on every page must lead to a file this build writes (and an id in it),
/// checked against the real output rather than against what the content says should exist.
/// </summary>
public sealed class ValidateLinks(SiteConfig site, PublishedContent published, IReadOnlyDictionary<string, RenderedDocument> rendered, DiagnosticBag diagnostics)
{
    private static readonly Uri Origin = new("http://site.invalid/");

    /// <param name="otherFiles">Output paths of everything written besides pages: assets, attachments, data.</param>
    public void Execute(IReadOnlyList<ProcessedPage> pages, IReadOnlySet<string> otherFiles)
    {
        var byFile = pages.ToDictionary(p => p.Page.OutputPath, StringComparer.Ordinal);
        Parallel.ForEach(pages, page =>
        {
            foreach (var reference in References(page).Distinct(StringComparer.Ordinal))
            {
                if (Problem(page, reference, byFile, otherFiles) is { } problem)
                {
                    Report(page, reference, problem);
                }
            }
        });
    }

    /// <summary>
    /// The links in the page's HTML, and every link written in its document's Markdown, including fields the page
    /// shows only on some dates (how to submit, the result): a build must not pass today and fail next month.
    /// </summary>
    private IEnumerable<string> References(ProcessedPage page)
    {
        var written = page.Page.Source is { } source && rendered.TryGetValue(source.Url, out var document)
            ? document.Links.Where(l => l.SitePath is not null).Select(l => site.Href(l.SitePath!))
            : [];
        return page.References.Concat(written);
    }

    private string? Problem(ProcessedPage page, string reference, Dictionary<string, ProcessedPage> byFile, IReadOnlySet<string> otherFiles)
    {
        if (reference.Length == 0 || reference == "#" || LinkTarget.IsExternal(reference))
        {
            return null;
        }

        var resolved = new Uri(new Uri(Origin, site.Href(page.Page.Model.Path)), reference);
        var path = Uri.UnescapeDataString(resolved.AbsolutePath);
        var fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (!path.StartsWith(site.BasePath, StringComparison.Ordinal))
        {
            return $"リンク「{reference}」はサイトの外（{site.BasePath} の外）を指しています。";
        }

        var sitePath = "/" + path[site.BasePath.Length..];
        if (published.Withheld.TryGetValue(sitePath, out var reason))
        {
            return $"リンク先「{sitePath}」は、{reason}このビルドでは公開されません。";
        }

        var file = SitePaths.ToFile(sitePath);
        if (!byFile.TryGetValue(file, out var target) && !byFile.TryGetValue(file + "/index.html", out target))
        {
            return otherFiles.Contains(file) ? null : $"リンク先「{reference}」のページやファイルがありません。";
        }
        if (fragment.Length > 0 && !target.Ids.Contains(fragment))
        {
            return $"リンク先「{reference}」のページに「#{fragment}」という見出し（アンカー）がありません。";
        }
        return null;
    }

    private void Report(ProcessedPage page, string reference, string problem)
    {
        if (page.Page.Source is { } source)
        {
            var links = rendered.TryGetValue(source.Url, out var document) ? document.Links : [];
            if (links.Any(l => l.SitePath is null && l.Written == reference))
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
