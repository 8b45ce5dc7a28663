using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <summary>How published documents relate, in both directions: front-matter references, schedule step links and Markdown links.</summary>
public sealed class SiteGraph
{
    private readonly Dictionary<string, List<ContentDocument>> _linkedFrom;
    private readonly Dictionary<string, List<string>> _linksTo;
    private readonly Dictionary<string, ContentDocument> _stepTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Assessment> _assessments;
    private readonly Dictionary<string, Schedule> _schedules;
    private readonly Dictionary<string, Schedule> _schedulesByAssessment;
    private readonly Dictionary<string, CommentPeriod> _periods;
    private readonly Dictionary<string, CommentPeriod> _periodsByAssessment;
    private readonly Dictionary<string, Meeting> _meetingsByUrl;
    private readonly Lazy<Dictionary<string, List<Assessment>>> _assessmentsByMeeting;
    private readonly Dictionary<string, ContentDocument> _byUrl;
    private readonly Dictionary<string, List<Schedule>> _schedulesByStepTarget = new(StringComparer.Ordinal);

    public SiteGraph(SiteContent content, IReadOnlyDictionary<string, RenderedDocument> rendered, RevisionHistory history)
    {
        Content = content;
        Rendered = rendered;
        History = history;
        // The links between documents are gathered on another core meanwhile: a large site's graph is made on every save in the preview.
        var links = Task.Run(() => Links(rendered.Values));
        // Lookups by id, built once: a site of ten thousand assessments must not search lists for every page.
        _assessments = content.Assessments.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _schedules = content.Schedules.GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _schedulesByAssessment = content.Schedules.GroupBy(x => x.AssessmentId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _periods = content.CommentPeriods.GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _periodsByAssessment = content.CommentPeriods.GroupBy(x => x.AssessmentId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _meetingsByUrl = content.Meetings.ToDictionary(m => m.Url, StringComparer.Ordinal);
        _assessmentsByMeeting = AssessmentsByMeeting(content);
        _byUrl = rendered.Values.ToDictionary(r => r.Document.Url, r => r.Document, StringComparer.Ordinal);
        PageIds = content.Pages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var d in content.Meetings.Cast<ContentDocument>().Concat(content.CommentPeriods).Concat(content.Pages))
        {
            _stepTargets.TryAdd(d.Id, d);
        }
        foreach (var schedule in content.Schedules)
        {
            foreach (var target in schedule.Steps.Select(StepTarget).OfType<ContentDocument>().DistinctBy(t => t.Url, StringComparer.Ordinal))
            {
                if (!_schedulesByStepTarget.TryGetValue(target.Url, out var list))
                {
                    _schedulesByStepTarget[target.Url] = list = [];
                }
                list.Add(schedule);
            }
        }
        (_linksTo, _linkedFrom) = links.Result;
    }

    /// <summary>
    /// The graph of the same documents read again: each edited document (before → after) has the same address,
    /// relations (<see cref="RelationsOf"/>) and links as before, so every relation is as it was and only the objects at
    /// its ends are the new ones.
    /// </summary>
    private SiteGraph(SiteGraph before, SiteContent content, IReadOnlyDictionary<string, RenderedDocument> rendered,
        IReadOnlyDictionary<ContentDocument, ContentDocument> edited)
    {
        Content = content;
        Rendered = rendered;
        History = before.History;
        PageIds = before.PageIds;
        T Now<T>(T document) where T : ContentDocument => edited.TryGetValue(document, out var now) ? (T)now : document;
        Dictionary<string, T> Swapped<T>(Dictionary<string, T> byKey) where T : ContentDocument =>
            byKey.ToDictionary(e => e.Key, e => Now(e.Value), StringComparer.Ordinal);
        Dictionary<string, List<T>> SwappedLists<T>(Dictionary<string, List<T>> byKey) where T : ContentDocument =>
            byKey.ToDictionary(e => e.Key, e => e.Value.Select(Now).ToList(), StringComparer.Ordinal);
        _assessments = Swapped(before._assessments);
        _schedules = Swapped(before._schedules);
        _schedulesByAssessment = Swapped(before._schedulesByAssessment);
        _periods = Swapped(before._periods);
        _periodsByAssessment = Swapped(before._periodsByAssessment);
        _meetingsByUrl = Swapped(before._meetingsByUrl);
        _byUrl = Swapped(before._byUrl);
        _stepTargets = Swapped(before._stepTargets);
        _schedulesByStepTarget = SwappedLists(before._schedulesByStepTarget);
        _linkedFrom = SwappedLists(before._linkedFrom);
        _linksTo = before._linksTo;
        _assessmentsByMeeting = AssessmentsByMeeting(content);
    }

    /// <summary>
    /// This graph for the documents read again in <paramref name="content"/>: <paramref name="edited"/> pairs each
    /// document of this graph that was read again with its new reading, which must have the same address, relations
    /// (<see cref="RelationsOf"/>) and links (the incremental layer checks that; a full build never uses this).
    /// </summary>
    public SiteGraph With(SiteContent content, IReadOnlyDictionary<string, RenderedDocument> rendered, IReadOnlyDictionary<ContentDocument, ContentDocument> edited) =>
        new(this, content, rendered, edited);

    private Lazy<Dictionary<string, List<Assessment>>> AssessmentsByMeeting(SiteContent content) =>
        new(() => content.Assessments
            .SelectMany(a => MeetingsOf(a).Select(m => (Meeting: m.Url, Assessment: a)))
            .GroupBy(x => x.Meeting)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Assessment).ToList(), StringComparer.Ordinal));

    /// <summary>Which pages each document's Markdown links to, and the reverse, newest first.</summary>
    private static (Dictionary<string, List<string>> LinksTo, Dictionary<string, List<ContentDocument>> LinkedFrom) Links(IEnumerable<RenderedDocument> rendered)
    {
        var linksTo = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var linkedFrom = new Dictionary<string, List<ContentDocument>>(StringComparer.Ordinal);
        foreach (var document in rendered)
        {
            var targets = document.Links
                .Select(l => l.SitePath is null ? null : Markdown.LinkTarget.StripFragment(l.SitePath, out _))
                .OfType<string>()
                .Where(p => p != document.Document.Url)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            linksTo[document.Document.Url] = targets;
            foreach (var target in targets)
            {
                if (!linkedFrom.TryGetValue(target, out var list))
                {
                    linkedFrom[target] = list = [];
                }
                list.Add(document.Document);
            }
        }
        // Sorted once here, not on every page that shows them.
        foreach (var list in linkedFrom.Values)
        {
            list.Sort((x, y) => DateOf(y).CompareTo(DateOf(x)) is var byDate and not 0 ? byDate : string.CompareOrdinal(x.Url, y.Url));
        }
        return (linksTo, linkedFrom);
    }

    public SiteContent Content { get; }

    /// <summary>Ids of the site's free pages: the layout links only to those that exist.</summary>
    public IReadOnlySet<string> PageIds { get; }

    /// <summary>How many published documents there are.</summary>
    public int DocumentCount => _byUrl.Count;

    /// <summary>The published document at a URL (<c>/assessments/x/</c>), if any.</summary>
    public ContentDocument? DocumentAt(string url) => _byUrl.GetValueOrDefault(url);

    public IReadOnlyDictionary<string, RenderedDocument> Rendered { get; }

    public RevisionHistory History { get; }

    public RenderedDocument RenderedOf(ContentDocument document) => Rendered[document.Url];

    /// <summary>A comment period's body and Markdown fields (<see cref="RenderMarkdown"/> renders every period so).</summary>
    public RenderedCommentPeriod RenderedOf(CommentPeriod period) => (RenderedCommentPeriod)Rendered[period.Url];

    public Assessment? AssessmentById(string id) => _assessments.GetValueOrDefault(id);

    public Schedule? ScheduleOf(Assessment a) =>
        (a.ScheduleId is { } id ? _schedules.GetValueOrDefault(id) : null) ?? _schedulesByAssessment.GetValueOrDefault(a.Id);

    public CommentPeriod? PeriodOf(Assessment a) =>
        (a.CommentPeriodId is { } id ? _periods.GetValueOrDefault(id) : null) ?? _periodsByAssessment.GetValueOrDefault(a.Id);

    public ContentDocument? StepTarget(ScheduleStep step) =>
        step.Link is { } id && _stepTargets.TryGetValue(id, out var target) ? target : null;

    /// <summary>Documents whose Markdown links to this one, newest first.</summary>
    public IReadOnlyList<ContentDocument> LinkedFrom(ContentDocument document) =>
        _linkedFrom.TryGetValue(document.Url, out var list) ? list : [];

    /// <summary>Meetings that dealt with an assessment: named in its schedule, or linking to it or from it.</summary>
    public IReadOnlyList<Meeting> MeetingsOf(Assessment a)
    {
        var fromSchedule = ScheduleOf(a)?.Steps.Select(StepTarget).OfType<Meeting>() ?? [];
        var linking = LinkedFrom(a).OfType<Meeting>();
        var linked = (_linksTo.GetValueOrDefault(a.Url) ?? []).Select(_meetingsByUrl.GetValueOrDefault).OfType<Meeting>();
        // By reference: documents are records, and comparing two compares their whole text.
        return fromSchedule.Concat(linking).Concat(linked).Distinct(ReferenceEqualityComparer.Instance).Cast<Meeting>().OrderBy(m => m.Date).ToList();
    }

    /// <summary>Assessments a meeting dealt with: the reverse of <see cref="MeetingsOf"/>.</summary>
    public IReadOnlyList<Assessment> AssessmentsOf(Meeting meeting) => _assessmentsByMeeting.Value.GetValueOrDefault(meeting.Url) ?? [];

    /// <summary>
    /// The documents directly related to this one in either direction — whatever a page may show of another document:
    /// an assessment's schedule, comment period and meetings; a schedule's assessment and step targets (and the
    /// schedules naming this document in a step); a period's assessment and the privacy page its form links to;
    /// a meeting's assessments; and every document linking here or linked from here. Any document whose page could
    /// change with this one is at most two such steps away.
    /// </summary>
    public IEnumerable<ContentDocument> Related(ContentDocument document)
    {
        IEnumerable<ContentDocument?> related = document switch
        {
            Assessment a => [ScheduleOf(a), PeriodOf(a), .. MeetingsOf(a)],
            Schedule s => [AssessmentById(s.AssessmentId), .. s.Steps.Select(StepTarget)],
            CommentPeriod p => [AssessmentById(p.AssessmentId), PrivacyPage],
            Meeting m => AssessmentsOf(m),
            FreePage { Id: PrivacyPageId } => Content.CommentPeriods,
            _ => [],
        };
        return related
            .Concat(_schedulesByStepTarget.GetValueOrDefault(document.Url) ?? [])
            .Concat(LinkedFrom(document))
            .Concat((_linksTo.GetValueOrDefault(document.Url) ?? []).Select(_byUrl.GetValueOrDefault))
            .OfType<ContentDocument>();
    }

    /// <summary>The free page every comment form links to for how personal data is handled.</summary>
    public const string PrivacyPageId = "privacy";

    public FreePage? PrivacyPage => Content.Pages.FirstOrDefault(page => page.Id == PrivacyPageId);

    public static IReadOnlyList<(string Tag, IReadOnlyList<Assessment> Assessments)> Tags(IEnumerable<Assessment> assessments) =>
        assessments.SelectMany(a => a.Tags.Select(t => (Tag: t, Assessment: a)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Assessment>)g.Select(x => x.Assessment).OrderByDescending(a => a.LastChanged).ToList()))
            .ToList();

    /// <summary>
    /// What the graph reads of a document besides its address and its links — the references and dates it relates and
    /// orders documents by. Two readings of a document with equal values here (and the same links) are related alike,
    /// which is what lets the preview keep the graph while only words change (<see cref="With"/>). Whatever the graph
    /// comes to read of a document must be added here.
    /// </summary>
    public static object RelationsOf(ContentDocument document) => document switch
    {
        Assessment a => (a.ScheduleId, a.CommentPeriodId, a.LastChanged),
        Schedule s => (s.AssessmentId, string.Join('\u001f', s.Steps.Select(step => step.Link)), DateOf(s)),
        CommentPeriod p => (p.AssessmentId, p.Opens),
        _ => DateOf(document),
    };

    public static DateOnly DateOf(ContentDocument document) => document switch
    {
        Assessment a => a.LastChanged,
        Meeting m => m.Date,
        NewsItem n => n.Date,
        CommentPeriod p => p.Opens,
        Schedule s => s.Steps.Count > 0 ? s.Steps[0].Start : DateOnly.MinValue,
        _ => DateOnly.MinValue,
    };
}
