using Disclosure.Content;
using Disclosure.Pipeline;
using Disclosure.Rendering;
using Disclosure.Time;

namespace Disclosure.Syndication;

/// <summary>Every published change up to today, newest first: what the site's feeds are made of.</summary>
public static class SiteEvents
{
    public static IReadOnlyList<SiteEvent> Of(SiteGraph graph, DateOnly today)
    {
        var events = new List<SiteEvent>();
        bool Listed(ContentDocument d) => !d.Publication.IsExpiredOn(today);

        foreach (var news in graph.Content.News.Where(Listed))
        {
            events.Add(new($"news/{news.Id}", news.Title, news.Url, news.Date, news.Title, "お知らせ", null));
        }
        foreach (var a in graph.Content.Assessments.Where(Listed))
        {
            events.Add(new($"assessment/{a.Id}", $"{a.Title}を掲載しました", a.Url, a.Date,
                $"{Labels.Of(a.Kind)}（{Labels.Of(a.Status)}）", "評価書", a.Id));
            if (a.Updated is { } updated && updated != a.Date)
            {
                events.Add(new($"assessment/{a.Id}/updated/{JapaneseDate.Iso(updated)}", $"{a.Title}を更新しました", a.Url, updated,
                    $"{Labels.Of(a.Kind)}（{Labels.Of(a.Status)}）{(a.Version is null ? "" : "、" + a.Version)}", "評価書", a.Id));
            }
            foreach (var revision in graph.History.Of(a.Id))
            {
                events.Add(new($"assessment/{a.Id}/revision/{revision.Hash}", $"{a.Title}の改訂：{revision.Subject}",
                    $"{a.Url}revisions/{revision.ShortHash}/", TokyoTime.DateOf(revision.Date), revision.Subject, "改訂", a.Id));
            }
        }
        foreach (var p in graph.Content.CommentPeriods.Where(Listed))
        {
            events.Add(new($"period/{p.Id}/opened", $"意見募集を始めました：{p.Title}", p.Url, p.Opens,
                $"募集期間 {JapaneseDate.FormatRange(p.Opens, p.Closes)}", "意見募集", p.AssessmentId));
            if (p.Result is { } result)
            {
                events.Add(new($"period/{p.Id}/result", $"意見募集の結果を公表しました：{p.Title}", p.Url, result.Published,
                    $"提出された意見 {result.Count} 件", "意見募集", p.AssessmentId));
            }
        }
        foreach (var m in graph.Content.Meetings.Where(Listed))
        {
            var assessment = graph.AssessmentsOf(m).FirstOrDefault();
            events.Add(new($"meeting/{m.Id}", m.Title, m.Url, m.Date, $"{JapaneseDate.Format(m.Date)} {m.Place}", "会議", assessment?.Id));
        }

        return events.Where(e => e.Date <= today)
            .OrderByDescending(e => e.Date).ThenBy(e => e.Key, StringComparer.Ordinal)
            .ToList();
    }
}
