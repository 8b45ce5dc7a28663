using Disclosure.Content;
using Disclosure.Pipeline;
using Disclosure.Rendering;
using Disclosure.Routing;
using Disclosure.Time;

namespace Disclosure.Syndication;

/// <summary>Every published change up to today, newest first: what the site's feeds are made of.</summary>
public static class SiteEvents
{
    public static IReadOnlyList<SiteEvent> Of(SiteGraph graph, DateOnly today, UiStrings strings)
    {
        var events = new List<SiteEvent>();
        bool Listed(ContentDocument d) => !d.Publication.IsExpiredOn(today);
        var news = strings.Of(DocumentCollection.News);
        var assessments = strings.Of(DocumentCollection.Assessments);
        var periods = strings.Of(DocumentCollection.CommentPeriods);

        foreach (var item in graph.Content.News.Where(Listed))
        {
            events.Add(new($"news/{item.Id}", item.Title, item.Url, item.Date, item.Title, news, null));
        }
        foreach (var a in graph.Content.Assessments.Where(Listed))
        {
            var summary = strings.Format("feed.assessment_summary", strings.Of(a.Kind), strings.Of(a.Status));
            events.Add(new($"assessment/{a.Id}", strings.Format("feed.assessment_published", a.Title), a.Url, a.Date,
                summary, assessments, a.Id));
            if (a.Updated is { } updated && updated != a.Date)
            {
                events.Add(new($"assessment/{a.Id}/updated/{JapaneseDate.Iso(updated)}", strings.Format("feed.assessment_updated", a.Title), a.Url, updated,
                    summary + (a.Version is null ? "" : strings.Format("feed.version_suffix", a.Version)), assessments, a.Id));
            }
            foreach (var revision in graph.History.Of(a.Id))
            {
                events.Add(new($"assessment/{a.Id}/revision/{revision.Hash}", strings.Format("feed.revision", a.Title, revision.Subject),
                    SiteRoutes.Revision(a, revision.ShortHash), TokyoTime.DateOf(revision.Date), revision.Subject, strings["feed.revision_category"], a.Id));
            }
        }
        foreach (var p in graph.Content.CommentPeriods.Where(Listed))
        {
            events.Add(new($"period/{p.Id}/opened", strings.Format("feed.period_opened", p.Title), p.Url, p.Opens,
                strings.Format("feed.period_dates", strings.DateRange(p.Opens, p.Closes)), periods, p.AssessmentId));
            if (p.Result is { } result)
            {
                events.Add(new($"period/{p.Id}/result", strings.Format("feed.period_result", p.Title), p.Url, result.Published,
                    strings.Format("feed.period_result_count", result.Count), periods, p.AssessmentId));
            }
        }
        foreach (var m in graph.Content.Meetings.Where(Listed))
        {
            var assessment = graph.AssessmentsOf(m).FirstOrDefault();
            events.Add(new($"meeting/{m.Id}", m.Title, m.Url, m.Date, strings.Format("feed.meeting_summary", strings.Date(m.Date), m.Place),
                strings.Of(DocumentCollection.Meetings), assessment?.Id));
        }

        return events.Where(e => e.Date <= today)
            .OrderByDescending(e => e.Date).ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
    }
}
