using System.Diagnostics;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Rendering;

namespace Disclosure.Pipeline;

/// <summary>Runs the phases in order: read → validate → render Markdown → plan → render templates → post-process → validate links → write.</summary>
public sealed class SiteBuilder(BuildOptions options)
{
    public async Task<BuildResult> BuildAsync()
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var notes = new List<string>();
        var timer = new PhaseTimer();
        BuildResult Failed(int read) => new(false, diagnostics.Sorted(), read, 0, 0, clock.Elapsed) { Notes = notes, Phases = timer.Phases };

        var content = timer.Time("read", () => new ReadContent(options, diagnostics).Execute());
        if (content is null)
        {
            return Failed(0);
        }
        var read = content.All.Count();
        var theme = ThemeFolders.For(options.ThemeDirectory);
        var strings = UiStrings.Load(theme, content.Site.Language, diagnostics);
        if (content.Site.License == License.Default)
        {
            // The licence a site.yml does not name is described in the site's language, on pages, feeds and data alike.
            content = content with { Site = content.Site with { License = strings.DefaultLicense } };
        }

        var published = timer.Time("validate", () => new ValidateReferences(options, diagnostics).Execute(content));
        var rendered = timer.Time("markdown", () => new RenderMarkdown(diagnostics, strings.MarkdownWords).Execute(published.Content, content.All));

        // The later phases run even after errors, so one build lists every problem; only writing is skipped.
        var history = timer.Time("history", () => new ReadHistory(options).Execute(published.Content));
        var graph = new SiteGraph(published.Content, rendered, history);
        if (history.Note is not null)
        {
            notes.Add(history.Note);
        }
        var planned = timer.Time("plan", () => new PlanPages(options, strings, diagnostics).Execute(graph));
        var processHtml = new ProcessHtml(published.Content.Site, rendered, diagnostics);
        var processed = await timer.TimeAsync("templates + post-process",
            () => new RenderTemplates(theme, diagnostics).ExecuteAsync(planned, processHtml.Process));
        if (processed.Count < planned.Count)
        {
            // A broken template leaves pages missing; checking links then would only repeat that one problem many times.
            return Failed(read);
        }
        var otherFiles = timer.Time("other files", () =>
            CollectFiles.Execute(graph, theme, strings, options.Now).Concat(new CollectFollowFiles(options, strings).Execute(graph, planned)).ToList());
        timer.Time("links", () =>
        {
            new ValidateLinks(published.Content.Site, published, rendered, diagnostics)
                .Execute(processed, otherFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
            return 0;
        });
        var files = processed.Select(p => OutputFile.FromBytes(p.Page.OutputPath, p.Html)).Concat(otherFiles).ToList();
        timer.Time("redactions", () =>
        {
            new CheckRedactions(diagnostics).Execute(rendered.Values, files);
            return 0;
        });
        if (diagnostics.HasErrors)
        {
            return Failed(read);
        }

        var writer = new WriteFiles(options.OutputDirectory);
        var written = options.WriteOutput ? timer.Time("write", () => writer.Execute(files)) : 0;
        return new BuildResult(true, diagnostics.Sorted(), read, processed.Count, written, clock.Elapsed)
        {
            Notes = notes,
            Phases = timer.Phases,
            FilesUnchanged = writer.Unchanged,
        };
    }
}
