using Disclosure.Content;

namespace Disclosure.Guideline;

/// <summary>
/// When a published assessment of a running affair is next due for re-evaluation and for its yearly review: the page
/// shows them and the build warns once either day has passed. Drafts, withdrawn assessments and ended affairs have none.
/// </summary>
public static class AssessmentDeadlines
{
    public static DateOnly? Reevaluation(Assessment a, DateOnly today) =>
        IsRunning(a, today) ? a.Date.AddYears(GuidelineRules.ReevaluationYears) : null;

    public static DateOnly? Review(Assessment a, DateOnly today) =>
        IsRunning(a, today) ? (a.Reviewed ?? a.Date).AddYears(GuidelineRules.ReviewYears) : null;

    /// <summary>The earliest day an ended affair's assessment may leave the site; null while the affair runs.</summary>
    public static DateOnly? KeepPublishedUntil(Assessment a) => a.Ended?.AddYears(GuidelineRules.KeepAfterEndYears);

    private static bool IsRunning(Assessment a, DateOnly today) => a.Status == AssessmentStatus.Published && !a.HasEndedBy(today);
}
