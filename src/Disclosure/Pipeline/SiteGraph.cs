using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <summary>How published documents relate, in both directions: front-matter references, schedule step links and Markdown links.</summary>
public sealed class SiteGraph
{
    private readonly Dictionary<string, List<ContentDocument>> _linkedFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentDocument> _stepTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Assessment> _assessments;
    private readonly Dictionary<string, Schedule> _schedules;
    private readonly Dictionary<string, Schedule> _schedulesByAssessment;
    private readonly Dictionary<string, CommentPeriod> _periods;
    private readonly Dictionary<string, CommentPeriod> _periodsByAssessment;
    private readonly Dictionary<string, Meeting> _meetingsByUrl;
    private readonly Lazy<Dictionary<string, List<Assessment>>> _assessmentsByMeeting;

    public SiteGraph(SiteContent content, IReadOnlyDictionary<string, RenderedDocument> rendered, RevisionHistory history)
    {
        Content = content;
        Rendered = rendered;
        History = history;
        // Lookups by id, built once: a site of ten thousand assessments must not search lists for every page.
        _assessments = content.Assessments.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _schedules = content.Schedules.GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _schedulesByAssessment = content.Schedules.GroupBy(x => x.AssessmentId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _periods = content.CommentPeriods.GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _periodsByAssessment = content.CommentPeriods.GroupBy(x => x.AssessmentId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _meetingsByUrl = content.Meetings.ToDictionary(m => m.Url, StringComparer.Ordinal);
        _assessmentsByMeeting = new Lazy<Dictionary<string, List<Assessment>>>(() => content.Assessments
            .SelectMany(a => MeetingsOf(a).Select(m => (Meeting: m.Url, Assessment: a)))
            .GroupBy(x => x.Meeting)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Assessment).ToList(), StringComparer.Ordinal));
        foreach (var d in content.Meetings.Cast<ContentDocument>().Concat(content.CommentPeriods).Concat(content.Pages))
        {
            _stepTargets.TryAdd(d.Id, d);
        }
        foreach (var document in rendered.Values)
        {
            var targets = document.Links
                .Select(l => l.SitePath is null ? null : Markdown.LinkTarget.StripFragment(l.SitePath, out _))
                .Where(p => p is not null && p != document.Document.Url)
                .Distinct();
            foreach (var target in targets)
            {
                if (!_linkedFrom.TryGetValue(target!, out var list))
                {
                    _linkedFrom[target!] = list = [];
                }
                list.Add(document.Document);
            }
        }
    }

    public SiteContent Content { get; }

    public IReadOnlyDictionary<string, RenderedDocument> Rendered { get; }

    public RevisionHistory History { get; }

    public RenderedDocument RenderedOf(ContentDocument document) => Rendered[document.Url];

    public Assessment? AssessmentById(string id) => _assessments.GetValueOrDefault(id);

    public Schedule? ScheduleOf(Assessment a) =>
        (a.ScheduleId is { } id ? _schedules.GetValueOrDefault(id) : null) ?? _schedulesByAssessment.GetValueOrDefault(a.Id);

    public CommentPeriod? PeriodOf(Assessment a) =>
        (a.CommentPeriodId is { } id ? _periods.GetValueOrDefault(id) : null) ?? _periodsByAssessment.GetValueOrDefault(a.Id);

    public ContentDocument? StepTarget(ScheduleStep step) =>
        step.Link is { } id && _stepTargets.TryGetValue(id, out var target) ? target : null;

    /// <summary>Documents whose Markdown links to this one, newest first.</summary>
    public IReadOnlyList<ContentDocument> LinkedFrom(ContentDocument document) =>
        _linkedFrom.TryGetValue(document.Url, out var list) ? list.OrderByDescending(DateOf).ThenBy(d => d.Url, StringComparer.Ordinal).ToList() : [];

    /// <summary>Meetings that dealt with an assessment: named in its schedule, or linking to it or from it.</summary>
    public IReadOnlyList<Meeting> MeetingsOf(Assessment a)
    {
        var fromSchedule = ScheduleOf(a)?.Steps.Select(StepTarget).OfType<Meeting>() ?? [];
        var linking = LinkedFrom(a).OfType<Meeting>();
        var linked = RenderedOf(a).Links.Select(l => l.SitePath is null ? null : Markdown.LinkTarget.StripFragment(l.SitePath, out _))
            .Select(p => p is null ? null : _meetingsByUrl.GetValueOrDefault(p))
            .OfType<Meeting>();
        // By reference: documents are records, and comparing two compares their whole text.
        return fromSchedule.Concat(linking).Concat(linked).Distinct(ReferenceEqualityComparer.Instance).Cast<Meeting>().OrderBy(m => m.Date).ToList();
    }

    /// <summary>Assessments a meeting dealt with: the reverse of <see cref="MeetingsOf"/>.</summary>
    public IReadOnlyList<Assessment> AssessmentsOf(Meeting meeting) => _assessmentsByMeeting.Value.GetValueOrDefault(meeting.Url) ?? [];

    public static IReadOnlyList<(string Tag, IReadOnlyList<Assessment> Assessments)> Tags(IEnumerable<Assessment> assessments) =>
        assessments.SelectMany(a => a.Tags.Select(t => (Tag: t, Assessment: a)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<Assessment>)g.Select(x => x.Assessment).OrderByDescending(a => a.LastChanged).ToList()))
            .ToList();

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
