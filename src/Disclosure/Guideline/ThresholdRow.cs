using Disclosure.Content;

namespace Disclosure.Guideline;

/// <summary>
/// One row of the threshold judgment's table: from how many people (対象人数) up to how many, which evaluations are
/// required, and which when the affair is heavy — 取扱者数 at or above <see cref="GuidelineRules.HeavyHandlers"/> or a
/// 重大事故 in the past year.
/// </summary>
/// <param name="Below">The first count of the next row; null for the last.</param>
public sealed record ThresholdRow(int From, int? Below, IReadOnlyList<AssessmentKind> Required, IReadOnlyList<AssessmentKind> RequiredWhenHeavy)
{
    public bool Holds(int targetCount) => targetCount >= From && (Below is not { } below || targetCount < below);

    /// <summary>Whether handlers and incidents change the result in this row, so that a missing 取扱者数 matters.</summary>
    public bool DependsOnHandlers => !Required.SequenceEqual(RequiredWhenHeavy);
}
