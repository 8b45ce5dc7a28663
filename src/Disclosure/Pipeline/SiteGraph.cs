using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <summary>How published documents relate, in both directions: front-matter references, schedule step links and Markdown links.</summary>
public sealed class SiteGraph
{
    private readonly Dictionary<string, List<ContentDocument>> _linkedFrom = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContentDocument> _stepTargets = new(StringComparer.Ordinal);

    public SiteGraph(SiteContent content, IReadOnlyDictionary<string, RenderedDocument> rendered, RevisionHistory history)
    {
        Content = content;
        Rendered = rendered;
        History = history;
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

    public Assessment? AssessmentById(string id) => Content.Assessments.FirstOrDefault(a => a.Id == id);

    public Schedule? ScheduleOf(Assessment a) =>
        Content.Schedules.FirstOrDefault(s => s.Id == a.ScheduleId) ?? Content.Schedules.FirstOrDefault(s => s.AssessmentId == a.Id);

    public CommentPeriod? PeriodOf(Assessment a) =>
        Content.CommentPeriods.FirstOrDefault(p => p.Id == a.CommentPeriodId) ?? Content.CommentPeriods.FirstOrDefault(p => p.AssessmentId == a.Id);

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
            .SelectMany(p => Content.Meetings.Where(m => m.Url == p));
        return fromSchedule.Concat(linking).Concat(linked).Distinct().OrderBy(m => m.Date).ToList();
    }

    /// <summary>Assessments a meeting dealt with: the reverse of <see cref="MeetingsOf"/>.</summary>
    public IReadOnlyList<Assessment> AssessmentsOf(Meeting meeting) =>
        Content.Assessments.Where(a => MeetingsOf(a).Contains(meeting)).ToList();

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
