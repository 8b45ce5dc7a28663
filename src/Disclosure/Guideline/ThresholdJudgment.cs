using Disclosure.Content;

namespace Disclosure.Guideline;

/// <summary>
/// What the threshold judgment (しきい値判断) asks of an affair, from its assessment's 対象人数, 取扱者数 and 重大事故.
/// </summary>
/// <param name="Required">The evaluations the affair must have; none when it is voluntary.</param>
/// <param name="HandlersUnknown">The row depends on 取扱者数 and none is written: judged as under 500.</param>
public sealed record ThresholdJudgment(int TargetCount, int? HandlersCount, bool SeriousIncident, IReadOnlyList<AssessmentKind> Required, bool HandlersUnknown)
{
    /// <summary>The judgment for an assessment that gives its 対象人数; null for one that does not.</summary>
    public static ThresholdJudgment? Of(Assessment assessment)
    {
        if (assessment.TargetCount is not { } count)
        {
            return null;
        }
        var row = GuidelineRules.RowFor(count);
        var incident = assessment.SeriousIncident ?? false;
        var heavy = incident || assessment.HandlersCount >= GuidelineRules.HeavyHandlers;
        return new ThresholdJudgment(count, assessment.HandlersCount, incident,
            heavy ? row.RequiredWhenHeavy : row.Required,
            row.DependsOnHandlers && assessment.HandlersCount is null && !incident);
    }

    public bool IsVoluntary => Required.Count == 0;

    /// <summary>The required kinds that none of <paramref name="present"/> meets.</summary>
    public IReadOnlyList<AssessmentKind> MissingFrom(IEnumerable<AssessmentKind> present) =>
        Required.Where(required => !present.Any(p => GuidelineRules.Meets(p, required))).ToList();
}
