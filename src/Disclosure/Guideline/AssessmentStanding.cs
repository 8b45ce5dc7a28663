using Disclosure.Content;

namespace Disclosure.Guideline;

/// <summary>
/// One assessment measured against the guideline's rules on the build day: what <c>disclosure check --report</c>
/// lists, and what the warnings and errors are made from.
/// </summary>
/// <param name="Threshold">Null when the assessment gives no 対象人数.</param>
/// <param name="PresentKinds">The kinds of the affair's documents, published or in progress (withdrawn ones do not count).</param>
/// <param name="MissingKinds">The kinds the threshold judgment requires that the affair has no document of.</param>
/// <param name="ReviewStep">The schedule's third-party review step, when it has one.</param>
/// <param name="ReevaluationDue">Five years after publication, for a published assessment of an affair still running.</param>
/// <param name="NextReviewDue">A year after the last review (or publication), for the same assessments.</param>
/// <param name="KeepPublishedUntil">For an ended affair: the earliest day its assessment may leave the site.</param>
public sealed record AssessmentStanding(
    Assessment Assessment,
    ThresholdJudgment? Threshold,
    IReadOnlyList<AssessmentKind> PresentKinds,
    IReadOnlyList<AssessmentKind> MissingKinds,
    CommentPeriod? Period,
    Schedule? Schedule,
    ReviewStepState ReviewState,
    ScheduleStep? ReviewStep,
    DateOnly? ReevaluationDue,
    DateOnly? NextReviewDue,
    DateOnly? KeepPublishedUntil)
{
    /// <summary>The last review: the one written in <c>reviewed</c>, or none.</summary>
    public DateOnly? LastReview => Assessment.Reviewed;

    /// <summary>The earliest date something falls due (re-evaluation, review, the review step); the report's order.</summary>
    public DateOnly? NextDue => new[]
    {
        ReevaluationDue,
        NextReviewDue,
        ReviewState == ReviewStepState.NotDone && Assessment.Status == AssessmentStatus.Published ? ReviewStep?.End : null,
    }.Where(d => d is not null).Min();
}
