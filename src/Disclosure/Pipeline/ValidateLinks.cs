using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;
using Disclosure.Pipeline.Incremental;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 7: every link and anchor on every page must lead to a file this build writes (and an id in it),
/// checked against the real output rather than against what the content says should exist.
/// </summary>
/// <param name="earlier">Links resolved by earlier builds in this process (the preview), reused for unchanged pages.</param>
public sealed class ValidateLinks(
    SiteConfig site, PublishedContent published, IReadOnlyDictionary<string, RenderedDocument> rendered, DiagnosticBag diagnostics, ResolvedLinks? earlier = null)
{
    private static readonly Uri Origin = new("http://site.invalid/");

    /// <param name="otherFiles">Output paths of everything written besides pages: assets, attachments, data.</param>
    /// <param name="renderedNow">The pages rendered by this build, not reused from an earlier one.</param>
    /// <returns>The link targets of this build, for the next build to compare with.</returns>
    public LinkTargets Execute(IReadOnlyList<ProcessedPage> pages, IReadOnlySet<string> otherFiles, IReadOnlyList<ProcessedPage> renderedNow)
    {
        var byFile = pages.ToDictionary(p => p.Page.OutputPath, StringComparer.Ordinal);
        var targets = new LinkTargets(byFile.ToDictionary(p => p.Key, p => p.Value.Ids, StringComparer.Ordinal), otherFiles,
            published.Withheld.Keys.ToHashSet(StringComparer.Ordinal), site.BasePath);
        var toCheck = earlier is not null && earlier.StillValid(targets) ? renderedNow : pages;
        Parallel.ForEach(toCheck, page =>
        {
            foreach (var link in Links(page))
            {
                if (Problem(link, byFile, otherFiles) is { } problem)
                {
                    Report(page, link.Reference, problem);
                }
            }
        });
        return targets;
    }

    private IReadOnlyList<ResolvedLink> Links(ProcessedPage page)
    {
        var source = page.Page.Source is { } document && rendered.TryGetValue(document.Url, out var found) ? found : null;
        return earlier is null ? Resolve(page, source) : earlier.GetOrResolve(page, source, () => Resolve(page, source));
    }

    /// <summary>
    /// The links in the page's HTML, and every link written in its document's Markdown, including fields the page
    /// shows only on some dates (how to submit, the result): a build must not pass today and fail next month.
    /// </summary>
    private IReadOnlyList<ResolvedLink> Resolve(ProcessedPage page, RenderedDocument? source)
    {
        var written = source?.Links.Where(l => l.SitePath is not null).Select(l => site.Href(l.SitePath!)) ?? [];
        var address = new Uri(Origin, site.Href(page.Page.Model.Path));
        ResolvedLink? Resolve(string reference) =>
            // A reference no browser could follow either is left to the checks of the field or Markdown it came from.
            Uri.TryCreate(address, reference, out var resolved)
                ? new ResolvedLink(reference, Uri.UnescapeDataString(resolved.AbsolutePath), Uri.UnescapeDataString(resolved.Fragment.TrimStart('#')))
                : null;
        // Written links first: a link in the Markdown is also in the page (percent-encoded there), and a problem is
        // reported once, on the line it was written.
        return written.Concat(page.References)
            .Distinct(StringComparer.Ordinal)
            .Where(reference => reference.Length > 0 && reference != "#" && !LinkTarget.IsExternal(reference))
            .Select(Resolve)
            .OfType<ResolvedLink>()
            .DistinctBy(link => (link.Path, link.Fragment))
            .ToList();
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

        var file = SitePaths.ToFile(sitePath);
        if (!byFile.TryGetValue(file, out var target) && !byFile.TryGetValue(file + "/index.html", out target))
        {
            return otherFiles.Contains(file) ? null : $"リンク先「{link.Reference}」のページやファイルがありません。";
        }
        if (link.Fragment.Length > 0 && !target.Ids.Contains(link.Fragment))
        {
            return $"リンク先「{link.Reference}」のページに「#{link.Fragment}」という見出し（アンカー）がありません。";
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
