using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <summary>
/// Each assessment's comment period and schedule, looked up by id rather than by searching every period and schedule
/// for every assessment (at 10,000 assessments that search took seconds): the one the assessment names, if it is
/// about that assessment, else the first about it, in the order read.
/// </summary>
internal sealed class RelatedDocuments(SiteContent content)
{
    private readonly Dictionary<string, List<CommentPeriod>> _periods = ByAssessment(content.CommentPeriods, p => p.AssessmentId);
    private readonly Dictionary<string, List<Schedule>> _schedules = ByAssessment(content.Schedules, s => s.AssessmentId);

    public bool AnAssessmentIsUnreadable { get; } = content.Unreadable.Any(u => u.Collection == DocumentCollection.Assessments);

    public CommentPeriod? PeriodOf(Assessment a) => Of(_periods, a, a.CommentPeriodId);

    public Schedule? ScheduleOf(Assessment a) => Of(_schedules, a, a.ScheduleId);

    private static T? Of<T>(Dictionary<string, List<T>> byAssessment, Assessment a, string? named) where T : ContentDocument =>
        byAssessment.TryGetValue(a.Id, out var about) ? about.FirstOrDefault(d => d.Id == named) ?? about[0] : null;

    private static Dictionary<string, List<T>> ByAssessment<T>(IEnumerable<T> documents, Func<T, string> assessmentId) =>
        documents.GroupBy(assessmentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
}
