using Disclosure.Content;
using Disclosure.Reading;
using Disclosure.Rendering;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>
/// Builds the site: the phases in order, each given the output of those before it. Every file is made and checked
/// before any is written, so a build that fails writes nothing. The later phases run even after errors, so one
/// build lists every problem; only writing is skipped.
/// </summary>
/// <param name="phases">
/// Where the phases that may reuse earlier work come from: a process that builds the same site again (the preview)
/// passes one <c>Incremental.IncrementalPhases</c> to every build.
/// </param>
public sealed class SiteBuilder(BuildOptions options, BuildPhases? phases = null)
{
    private readonly BuildPhases _phases = phases ?? new BuildPhases();

    public async Task<BuildResult> BuildAsync()
    {
        var run = new PhaseRun();
        var theme = run.Execute("theme", new OpenTheme(), options.ThemeDirectory).Theme;
        if (run.HasErrors)
        {
            return run.Failed(0);
        }
        var contentFiles = new ContentFiles(options.ContentDirectory);
        var settings = run.Execute("settings", new ReadSettings(_phases.ParseFile()), contentFiles).Site;
        if (options.CommentEndpoint is { } endpoint && settings is not null)
        {
            settings = settings with { CommentEndpoint = endpoint.TrimEnd('/') };
        }
        var strings = run.Execute("strings", new LoadStrings(theme), settings?.Language ?? UiStrings.DefaultLanguage).Strings;
        var content = run.Execute("read", new ReadContent(options, contentFiles, strings.MarkdownWords, _phases.ListFolder(), _phases.ParseFile()), settings).Content;
        if (content is null)
        {
            return run.Failed(0);
        }
        var read = content.All.Count();
        if (content.Site.License == License.Default)
        {
            // The licence a site.yml does not name is described in the site's language, on pages, feeds and data alike.
            content = content with { Site = content.Site with { License = strings.DefaultLicense } };
        }

        var published = run.Execute("validate", _phases.ValidateReferences(options), content);
        run.Keep(run.Execute("guideline", _phases.CheckGuideline(options), content).Standings);
        var site = published.Content.Site;
        var rendered = run.Execute("markdown", new RenderMarkdown(strings.MarkdownWords, _phases.RenderDocument()), new MarkdownToRender(published.Content, content.All.ToList())).ByUrl;
        var history = run.Execute("history", _phases.ReadHistory(options, strings.MarkdownWords), published.Content);
        run.Note(history.Note);
        var graph = run.Execute("graph", _phases.ConnectDocuments(), new DocumentsToConnect(published.Content, rendered, history));

        var templates = new RenderTemplates(theme, new ProcessHtml(site, rendered));
        var siteWide = new SiteWideInputs(site, strings, TokyoTime.DateOf(options.Now), graph.PageIds, templates.Fingerprint);
        var planned = run.Execute("plan", _phases.PlanPages(options, strings, siteWide), new PagesToPlan(graph)).Pages;
        var otherFiles = run.Execute("other files", new CollectFiles(theme, strings, options.Now, _phases.MakeDataRow(siteWide), _phases.MakeChangeRows(siteWide)), graph)
            .Concat(run.Execute("follow files", new CollectFollowFiles(options, strings, _phases.MakeFeedEvents(siteWide)), new SiteToFollow(graph, planned))).ToList();
        // The feeds and data sets list every document and need no rendered page: they are made while the templates run.
        var toProduce = otherFiles.Where(f => !f.IsProduced).ToList();
        var feedsAndData = Task.Run(() => _phases.ProduceFiles(siteWide).Execute(toProduce));
        var pages = await run.ExecuteAsync("templates + post-process", _phases.RenderTemplates(templates, siteWide), planned);
        var produced = await run.TimeAsync("feeds + data", feedsAndData);
        if (pages.Failed > 0)
        {
            // A broken template leaves pages missing; checking links then would only repeat that one problem many times.
            return run.Failed(read);
        }
        run.Execute("links", _phases.ValidateLinks(new ValidateLinks(site, published, rendered, _phases.ResolveLinks(site))),
            new LinksToValidate(pages.Pages, otherFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal)));

        // Every file is checked before any is written: a leak that only a feed or a data set holds stops the build
        // as surely as one on a page.
        var files = pages.Pages.Select(p => OutputFile.FromBytes(p.Page.OutputPath, p.Html))
            .Concat(otherFiles.Where(f => f.IsProduced)).Concat(produced).ToList();
        run.Execute("redactions", new CheckRedactions(_phases.FindWithheld(), _phases.CheckFile()), new FilesToCheck(rendered.Values, files));
        if (run.HasErrors)
        {
            return run.Failed(read);
        }
        if (!options.WriteOutput)
        {
            return run.Succeeded(read, pages, 0, 0);
        }
        var written = run.Execute("write", _phases.WriteFiles(options.OutputDirectory), files);
        // Remembered only once everything is written: a failed build leaves the next one to start from the last good one.
        _phases.Succeeded();
        return run.Succeeded(read, pages, files.Count, written.Unchanged);
    }
}
