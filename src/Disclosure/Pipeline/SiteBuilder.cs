using System.Diagnostics;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Pipeline.Incremental;
using Disclosure.Reading;
using Disclosure.Rendering;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>Runs the phases in order: read → validate → render Markdown → plan → render templates → post-process → validate links → write.</summary>
/// <param name="cache">
/// Kept by a process that builds the same site again (the preview): unchanged work is reused, and only changed
/// files are written — the pages first, then the feeds and data sets that list everything.
/// </param>
public sealed class SiteBuilder(BuildOptions options, BuildCache? cache = null)
{
    /// <param name="pagesWritten">Called as soon as the pages are in the output folder, before feeds and data sets are.</param>
    public async Task<BuildResult> BuildAsync(Action? pagesWritten = null)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var notes = new List<string>();
        var timer = new PhaseTimer();
        BuildResult Failed(int read) => new(false, diagnostics.Sorted(), read, 0, 0, clock.Elapsed) { Notes = notes, Phases = timer.Phases };

        var contentFiles = new ContentFiles(options.ContentDirectory);
        var theme = ThemeFolders.For(options.ThemeDirectory);
        foreach (var escape in theme.Escapes())
        {
            diagnostics.Error(escape.Link.Replace('\\', '/'), 1,
                $"テーマのフォルダの外（{escape.Target}）を指すシンボリックリンクです。外のファイルは読み込みも公開もしません。ファイルそのものを置いてください。");
        }
        if (diagnostics.HasErrors)
        {
            return Failed(0);
        }
        var settings = timer.Time("settings", () => new ReadSettings(contentFiles, diagnostics, cache?.Files).Execute());
        if (options.CommentEndpoint is { } endpoint && settings is not null)
        {
            settings = settings with { CommentEndpoint = endpoint.TrimEnd('/') };
        }
        var strings = UiStrings.Load(theme, settings?.Language ?? UiStrings.DefaultLanguage, diagnostics);
        var content = timer.Time("read", () => new ReadContent(options, contentFiles, diagnostics, strings.MarkdownWords, cache?.Files).Execute(settings));
        if (content is null)
        {
            return Failed(0);
        }
        var read = content.All.Count();
        if (content.Site.License == License.Default)
        {
            // The licence a site.yml does not name is described in the site's language, on pages, feeds and data alike.
            content = content with { Site = content.Site with { License = strings.DefaultLicense } };
        }

        var published = timer.Time("validate", () => new ValidateReferences(options, diagnostics).Execute(content));
        var rendered = timer.Time("markdown", () => new RenderMarkdown(diagnostics, strings.MarkdownWords, cache?.Markdown).Execute(published.Content, content.All));

        // The later phases run even after errors, so one build lists every problem; only writing is skipped.
        var history = timer.Time("history", () => new ReadHistory(options, cache?.History).Execute(published.Content));
        var graph = timer.Time("graph", () => new SiteGraph(published.Content, rendered, history));
        if (history.Note is not null)
        {
            notes.Add(history.Note);
        }
        var templates = new RenderTemplates(theme, diagnostics);
        var siteWide = new SiteWideInputs(published.Content.Site, strings, TokyoTime.DateOf(options.Now), graph.PageIds, templates.Fingerprint);
        var affected = cache?.Pages.Affected(graph, siteWide);
        var planned = timer.Time("plan", () => new PlanPages(options, strings, diagnostics).Execute(graph, affected));
        if (affected is not null)
        {
            planned = cache!.Pages.Complete(planned, affected);
        }
        var (reused, toRender) = timer.Time("compare", () => cache?.Pages.Split(planned, siteWide) ?? ([], planned));
        var processHtml = new ProcessHtml(published.Content.Site, rendered, diagnostics);
        var otherFiles = timer.Time("other files", () =>
            CollectFiles.Execute(graph, theme, strings, options.Now).Concat(new CollectFollowFiles(options, strings).Execute(graph, planned)).ToList());
        // The feeds and data sets list every document and need no rendered page: they are made while the templates run.
        var feedsAndData = Task.Run(() =>
        {
            var later = otherFiles.Where(f => !f.IsProduced).ToList();
            return cache?.Produced.Produce(later, siteWide) ?? Produce(later);
        });
        var fresh = await timer.TimeAsync("templates + post-process", () => templates.ExecuteAsync(toRender, processHtml.Process));
        var produced = await timer.TimeAsync("feeds + data", () => feedsAndData);
        if (fresh.Count < toRender.Count)
        {
            // A broken template leaves pages missing; checking links then would only repeat that one problem many times.
            return Failed(read);
        }
        var processed = reused.Concat(fresh).OrderBy(p => p.Page.OutputPath, StringComparer.Ordinal).ToList();
        var linkTargets = timer.Time("links", () => new ValidateLinks(published.Content.Site, published, rendered, diagnostics, cache?.Links)
            .Execute(processed, otherFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal), fresh));

        // Every file is checked before any is written: a leak that only a feed or a data set holds stops the build
        // as surely as one on a page, on the preview's incremental builds too.
        var pagesAndCopies = processed.Select(p => OutputFile.FromBytes(p.Page.OutputPath, p.Html))
            .Concat(otherFiles.Where(f => f.IsProduced)).ToList();
        var files = pagesAndCopies.Concat(produced).ToList();
        timer.Time("redactions", () => new CheckRedactions(diagnostics, cache?.Redactions).Execute(rendered.Values, files));
        if (diagnostics.HasErrors)
        {
            return Failed(read);
        }
        if (!options.WriteOutput)
        {
            return Succeeded(0, 0);
        }

        int unchanged;
        if (cache is null || !cache.Output.Holds(options.OutputDirectory))
        {
            unchanged = timer.Time("write", () => cache?.Output.WriteAll(options.OutputDirectory, files) ?? WriteAll(files));
            pagesWritten?.Invoke();
        }
        else
        {
            // A build after a change: the pages (and copied files) are written first, so the browser can show them;
            // the feeds and data sets, already checked, follow.
            var written = timer.Time("write pages", () =>
            {
                cache.Output.RemoveAllBut(options.OutputDirectory, files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
                return cache.Output.WriteChanged(options.OutputDirectory, pagesAndCopies);
            });
            pagesWritten?.Invoke();
            written += timer.Time("write feeds + data", () => cache.Output.WriteChanged(options.OutputDirectory, produced));
            unchanged = files.Count - written;
        }
        // Remembered only once everything is written: a failed build leaves the next one to start from the last good one.
        cache?.Remember(graph, planned, processed, siteWide, linkTargets);
        return Succeeded(files.Count, unchanged);

        BuildResult Succeeded(int total, int unchangedFiles) => new(true, diagnostics.Sorted(), read, processed.Count, total, clock.Elapsed)
        {
            Notes = notes,
            Phases = timer.Phases,
            PagesRendered = fresh.Count,
            FilesUnchanged = unchangedFiles,
        };
    }

    private static List<OutputFile> Produce(IReadOnlyList<OutputFile> files) =>
        files.AsParallel().AsOrdered().Select(f => f.Produce()).ToList();

    private int WriteAll(IReadOnlyList<OutputFile> files)
    {
        var writer = new WriteFiles(options.OutputDirectory);
        writer.Execute(files);
        return writer.Unchanged;
    }
}
