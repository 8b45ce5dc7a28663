using Disclosure.Content;
using Disclosure.Rendering;
using Disclosure.Routing;
using Disclosure.Syndication;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 11: the files that let people follow the site: Atom feeds, iCalendar files, the sitemap and robots.txt.
/// Input <see cref="SiteToFollow"/>. Output: the files, each made later by <see cref="ProduceFiles"/>.
/// </summary>
public sealed class CollectFollowFiles(BuildOptions options, UiStrings strings) : IPhase<SiteToFollow, IReadOnlyList<OutputFile>>
{
    public IReadOnlyList<OutputFile> Execute(SiteToFollow input)
    {
        var (graph, pages) = input;
        var site = graph.Content.Site;
        var today = TokyoTime.DateOf(options.Now);
        var events = new Lazy<IReadOnlyList<SiteEvent>>(() => SiteEvents.Of(graph, today, strings));
        var eventsByAssessment = new Lazy<ILookup<string, SiteEvent>>(() => events.Value.ToLookup(e => e.AssessmentId ?? ""));
        var sitemap = new Lazy<List<(string Path, DateOnly? Date)>>(() => pages
            .Where(p => p.Model.Path.EndsWith('/'))
            .OrderBy(p => p.Model.Path, StringComparer.Ordinal)
            .Select(p => (p.Model.Path, p.Source is null ? (DateOnly?)null : SiteGraph.DateOf(p.Source) is var d && d != DateOnly.MinValue ? d : null))
            .ToList());
        var files = new List<OutputFile>
        {
            OutputFile.LaterText(SiteRoutes.SiteFeed, () => AtomFeed.Write(site, strings, strings.Format("feed.title", site.Title), SiteRoutes.SiteFeed, SiteRoutes.Home, events.Value, options.Now)),
            OutputFile.LaterText(SiteRoutes.SiteCalendar, () => CalendarFile.Write(site, strings, site.Title, graph.Content.CommentPeriods, graph.Content.Meetings, options.Now),
                () => CalendarFile.Inputs(site.Title, graph.Content.CommentPeriods, graph.Content.Meetings)),
            OutputFile.LaterText(SiteRoutes.Sitemap, () => Sitemap.Write(site, sitemap.Value),
                () => string.Join('\u001e', sitemap.Value.Select(page => $"{page.Path}\u001f{page.Date:O}"))),
            OutputFile.LaterText(SiteRoutes.Robots, () => Sitemap.Robots(site)),
        };
        foreach (var a in graph.Content.Assessments)
        {
            files.Add(OutputFile.LaterText(SiteRoutes.FeedOf(a), () =>
                AtomFeed.Write(site, strings, strings.Format("feed.title", a.Title), SiteRoutes.FeedOf(a), a.Url, eventsByAssessment.Value[a.Id], options.Now),
                () => FeedInputs(a, eventsByAssessment.Value[a.Id].ToList())));
        }
        foreach (var p in graph.Content.CommentPeriods)
        {
            files.Add(OutputFile.LaterText(SiteRoutes.CalendarOf(p), () => CalendarFile.Write(site, strings, p.Title, [p], [], options.Now),
                () => CalendarFile.Inputs(p.Title, [p], [])));
        }
        return files;
    }

    /// <summary>
    /// What an assessment's feed is made of besides the site-wide inputs, as text (control characters, which content
    /// cannot hold, as separators). A feed with no entries is dated now; one with entries, by its newest.
    /// </summary>
    private string FeedInputs(Assessment a, IReadOnlyList<SiteEvent> entries) =>
        string.Join('\u001e', [a.Title, a.Url, entries.Count == 0 ? options.Now.ToString("O") : "",
            .. entries.Select(e => string.Join('\u001f', e.Key, e.Title, e.Path, e.Date.ToString("O"), e.Summary, e.Category))]);
}
