using Disclosure.Content;
using Disclosure.History;
using Disclosure.Pipeline;
using Disclosure.Rendering;
using Disclosure.Routing;
using Disclosure.Time;

namespace Disclosure.Syndication;

/// <summary>
/// Every published change up to today: what the site's feeds are made of. Worked out document by document — each
/// document's events newest first — and put in order only as far as a feed shows them: the site's newest, an
/// assessment's own. No build sorts every event of the site.
/// </summary>
public sealed class SiteEvents
{
    /// <summary>Newest first; between events of one day, by key.</summary>
    private static readonly Comparer<SiteEvent> NewestFirst = Comparer<SiteEvent>.Create((x, y) =>
        y.Date.CompareTo(x.Date) is var byDate and not 0 ? byDate : string.CompareOrdinal(x.Key, y.Key));

    /// <summary>The reverse: the event that would come last of those kept so far comes first, to be pushed out.</summary>
    private static readonly Comparer<SiteEvent> OldestFirst = Comparer<SiteEvent>.Create((x, y) => NewestFirst.Compare(y, x));

    private readonly List<IReadOnlyList<SiteEvent>> _byDocument = [];
    private readonly Dictionary<string, IReadOnlyList<SiteEvent>> _byAssessment = new(StringComparer.Ordinal);

    /// <param name="makeEvents">
    /// The item phase that works out one document's events: in the preview, an unchanged document's are the same
    /// objects as in the build before, and the feeds listing only those are kept.
    /// </param>
    public SiteEvents(SiteGraph graph, DateOnly today, UiStrings strings, IPhase<DocumentPart<IReadOnlyList<SiteEvent>>, IReadOnlyList<SiteEvent>> makeEvents)
    {
        var happened = new Happened(today, graph.Content.Site, strings);
        var merged = new HashSet<string>(StringComparer.Ordinal);
        void Add(ContentDocument document, object? dependsOn, Func<IReadOnlyList<SiteEvent>> make)
        {
            if (makeEvents.Execute(new(document, dependsOn, make)) is not { Count: > 0 } events)
            {
                return;
            }
            _byDocument.Add(events);
            // A document's events all concern the same assessment, if any. Most assessments have only their own:
            // their list serves as it is, the same object as in the build before while the assessment is unchanged.
            if (events[0].AssessmentId is { } id)
            {
                if (_byAssessment.TryGetValue(id, out var before))
                {
                    _byAssessment[id] = [.. before, .. events];
                    merged.Add(id);
                }
                else
                {
                    _byAssessment[id] = events;
                }
            }
        }

        foreach (var item in graph.Content.News)
        {
            Add(item, null, () => happened.Of(item));
        }
        foreach (var a in graph.Content.Assessments)
        {
            var revisions = graph.History.Of(a.Id);
            Add(a, revisions, () => happened.Of(a, revisions));
        }
        foreach (var p in graph.Content.CommentPeriods)
        {
            Add(p, null, () => happened.Of(p));
        }
        foreach (var m in graph.Content.Meetings)
        {
            // The first assessment the meeting dealt with, for that assessment's feed: another document's doing.
            var assessmentId = graph.AssessmentsOf(m).FirstOrDefault()?.Id;
            Add(m, assessmentId, () => happened.Of(m, assessmentId));
        }
        foreach (var id in merged)
        {
            _byAssessment[id] = _byAssessment[id].Order(NewestFirst).ToList();
        }
    }

    /// <summary>The site's newest events, newest first.</summary>
    public IReadOnlyList<SiteEvent> Newest(int count)
    {
        var newest = new PriorityQueue<SiteEvent, SiteEvent>(count + 1, OldestFirst);
        foreach (var e in _byDocument.SelectMany(events => events))
        {
            if (newest.Count < count)
            {
                newest.Enqueue(e, e);
            }
            else if (count > 0 && NewestFirst.Compare(e, newest.Peek()) < 0)
            {
                newest.EnqueueDequeue(e, e);
            }
        }
        return newest.UnorderedItems.Select(item => item.Element).Order(NewestFirst).ToList();
    }

    /// <summary>The events concerning one assessment (its own, its comment periods', its meetings'), newest first.</summary>
    public IReadOnlyList<SiteEvent> Of(string assessmentId) => _byAssessment.GetValueOrDefault(assessmentId) ?? [];

    /// <summary>The events of one document up to today, newest first; none for a document no longer listed.</summary>
    private sealed class Happened(DateOnly today, SiteConfig site, UiStrings strings)
    {
        private readonly string _news = strings.Of(DocumentCollection.News);
        private readonly string _assessments = strings.Of(DocumentCollection.Assessments);
        private readonly string _periods = strings.Of(DocumentCollection.CommentPeriods);
        private readonly string _meetings = strings.Of(DocumentCollection.Meetings);

        public IReadOnlyList<SiteEvent> Of(NewsItem item) =>
            UpToToday(item, [new($"news/{item.Id}", item.Title, item.Url, item.Date, item.Title, _news, null)]);

        public IReadOnlyList<SiteEvent> Of(Assessment a, IReadOnlyList<Revision> revisions)
        {
            var summary = strings.Format("feed.assessment_summary", strings.Of(a.Kind), strings.Of(a.Status));
            List<SiteEvent> events =
            [
                new($"assessment/{a.Id}", strings.Format("feed.assessment_published", a.Title), a.Url, a.Date, summary, _assessments, a.Id),
            ];
            if (a.Updated is { } updated && updated != a.Date)
            {
                events.Add(new($"assessment/{a.Id}/updated/{JapaneseDate.Iso(updated)}", strings.Format("feed.assessment_updated", a.Title), a.Url, updated,
                    summary + (a.Version is null ? "" : strings.Format("feed.version_suffix", a.Version)), _assessments, a.Id));
            }
            for (var i = 0; i < revisions.Count; i++)
            {
                var revision = revisions[i];
                var previous = i + 1 < revisions.Count ? revisions[i + 1] : null;
                var changed = RevisionSummary.Of(revision, previous, site, strings);
                events.Add(new($"assessment/{a.Id}/revision/{revision.Hash}", strings.Format("feed.revision", a.Title, changed),
                    SiteRoutes.Revision(a, revision.ShortHash), TokyoTime.DateOf(revision.Date), Described(revision.ChangesAddedSince(previous), changed),
                    strings["feed.revision_category"], a.Id));
            }
            return UpToToday(a, events);
        }

        /// <summary>
        /// A revision's entry says in full what its change entries record — item, wording before and after, when it
        /// was submitted and why — so that a subscriber reads the change without opening the page; a version
        /// without entries is described by its summary.
        /// </summary>
        private string Described(IReadOnlyList<ChangeEntry> added, string summary) => added.Count == 0 ? summary : string.Join('\n', added.Select(entry =>
            strings.Format("feed.change_entry", entry.Item, entry.Before.Length > 0 ? entry.Before : strings["changes.before_none"], entry.After, strings.Of(entry.Timing))
            + (entry.Reason.Length > 0 ? strings.Format("feed.change_reason", entry.Reason) : "")));

        public IReadOnlyList<SiteEvent> Of(CommentPeriod p)
        {
            List<SiteEvent> events =
            [
                new($"period/{p.Id}/opened", strings.Format("feed.period_opened", p.Title), p.Url, p.Opens,
                    strings.Format("feed.period_dates", strings.DateRange(p.Opens, p.Closes)), _periods, p.AssessmentId),
            ];
            if (p.Result is { } result)
            {
                events.Add(new($"period/{p.Id}/result", strings.Format("feed.period_result", p.Title), p.Url, result.Published,
                    strings.Format("feed.period_result_count", result.Count), _periods, p.AssessmentId));
            }
            return UpToToday(p, events);
        }

        public IReadOnlyList<SiteEvent> Of(Meeting m, string? assessmentId) =>
            UpToToday(m, [new($"meeting/{m.Id}", m.Title, m.Url, m.Date, strings.Format("feed.meeting_summary", strings.Date(m.Date), m.Place), _meetings, assessmentId)]);

        private IReadOnlyList<SiteEvent> UpToToday(ContentDocument document, List<SiteEvent> events) =>
            document.Publication.IsExpiredOn(today) ? [] : events.Where(e => e.Date <= today).Order(NewestFirst).ToList();
    }
}
