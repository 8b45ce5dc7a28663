using Disclosure.Content;
using Disclosure.Rendering;
using Disclosure.Routing;
using Disclosure.Syndication;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 11: the files that let people follow the site: Atom feeds, iCalendar files, the sitemap and robots.txt.
/// Input <see cref="SiteToFollow"/>. Output: the files, each made later by <see cref="ProduceFiles"/>. Each document's
/// feed entries are made by the item phase <paramref name="makeEvents"/>.
/// </summary>
public sealed class CollectFollowFiles(BuildOptions options, UiStrings strings, IPhase<DocumentPart<IReadOnlyList<SiteEvent>>, IReadOnlyList<SiteEvent>> makeEvents)
    : IPhase<SiteToFollow, IReadOnlyList<OutputFile>>
{
    public IReadOnlyList<OutputFile> Execute(SiteToFollow input)
    {
        var (graph, pages) = input;
        var site = graph.Content.Site;
        var today = TokyoTime.DateOf(options.Now);
        var events = new Lazy<SiteEvents>(() => new SiteEvents(graph, today, strings, makeEvents));
        var sitemap = pages.Where(p => p.Model.Path.EndsWith('/'))
            .Select(p => (p.Model.Path, p.Source is null ? (DateOnly?)null : SiteGraph.DateOf(p.Source) is var d && d != DateOnly.MinValue ? d : null));
        var newest = new Lazy<IReadOnlyList<SiteEvent>>(() => events.Value.Newest(AtomFeed.MaxEntries));
        var files = new List<OutputFile>
        {
            OutputFile.LaterText(SiteRoutes.SiteFeed, () => AtomFeed.Write(site, strings, strings.Format("feed.title", site.Title), SiteRoutes.SiteFeed, SiteRoutes.Home, newest.Value, options.Now),
                () => FeedInputs(newest.Value)),
            OutputFile.LaterText(SiteRoutes.SiteCalendar, () => CalendarFile.Write(site, strings, site.Title, graph.Content.CommentPeriods, graph.Content.Meetings, options.Now),
                () => CalendarFile.Inputs(site.Title, graph.Content.CommentPeriods, graph.Content.Meetings)),
            OutputFile.LaterText(SiteRoutes.Sitemap, () => Sitemap.Write(site, sitemap.OrderBy(p => p.Path, StringComparer.Ordinal)),
                () => [new PageDates(sitemap.ToHashSet())]),
            // Made of the site's settings alone, which are site-wide.
            OutputFile.LaterText(SiteRoutes.Robots, () => Sitemap.Robots(site), () => []),
        };
        foreach (var a in graph.Content.Assessments)
        {
            files.Add(OutputFile.LaterText(SiteRoutes.FeedOf(a), () =>
                AtomFeed.Write(site, strings, strings.Format("feed.title", a.Title), SiteRoutes.FeedOf(a), a.Url, events.Value.Of(a.Id), options.Now),
                () => FeedInputs(events.Value.Of(a.Id), a.Title, a.Url)));
        }
        foreach (var p in graph.Content.CommentPeriods)
        {
            files.Add(OutputFile.LaterText(SiteRoutes.CalendarOf(p), () => CalendarFile.Write(site, strings, p.Title, [p], [], options.Now),
                () => CalendarFile.Inputs(p.Title, [p], [])));
        }
        return files;
    }

    /// <summary>
    /// What a feed is made of besides the site-wide inputs: its entries (records, compared field by field; an unchanged
    /// document's are the same objects as before, often in the same list) and, for an assessment's feed, the
    /// assessment's title and address. A feed with no entries is dated now; one with entries,
    /// by its newest.
    /// </summary>
    private IReadOnlyList<object?> FeedInputs(IReadOnlyList<SiteEvent> entries, string? title = null, string? address = null) =>
        [title, address, entries.Count == 0 ? options.Now : null, entries];

    /// <summary>
    /// The sitemap's pages with their dates, in whatever order this build planned them (the preview plans the pages
    /// near a change first): equal when the same pages have the same dates.
    /// </summary>
    private sealed class PageDates(HashSet<(string Path, DateOnly? Date)> pages)
    {
        private HashSet<(string Path, DateOnly? Date)> Pages => pages;

        public override bool Equals(object? obj) => obj is PageDates other && pages.SetEquals(other.Pages);

        public override int GetHashCode() => pages.Count;
    }
}
