using Disclosure.Content;
using Disclosure.Guideline;

namespace Disclosure.Rendering.Models;

public sealed class AssessmentPageModel : PageModel
{
    public required Assessment Assessment { get; init; }
    public required HtmlFragment BodyHtml { get; init; }
    public Schedule? Schedule { get; init; }
    public IReadOnlyList<StepView> Steps { get; init; } = [];
    public PeriodSummary? CommentPeriod { get; init; }
    public required IReadOnlyList<Meeting> Meetings { get; init; }
    public required IReadOnlyList<DocumentLink> LinkedFrom { get; init; }

    /// <summary>The committed versions of the assessment, newest first.</summary>
    public IReadOnlyList<RevisionLink> Revisions { get; init; } = [];

    public override ContentDocument Document => Assessment;

    public ThresholdJudgment? Threshold => ThresholdJudgment.Of(Assessment);

    public DateOnly? ReevaluationDue => AssessmentDeadlines.Reevaluation(Assessment, Today);

    /// <summary>The threshold judgment's result in words: which evaluations the affair requires.</summary>
    public string ThresholdResult(ThresholdJudgment judgment) => T(judgment.Required.Count switch
    {
        0 => "threshold.voluntary",
        1 => "threshold.basic",
        _ => judgment.Required.Contains(AssessmentKind.Full) ? "threshold.basic_full" : "threshold.basic_focused",
    });

    /// <summary>What the result follows from, in words: the band of 対象人数 and, where they matter, 取扱者数 and 重大事故.</summary>
    public string ThresholdBasis(ThresholdJudgment judgment)
    {
        var row = GuidelineRules.RowFor(judgment.TargetCount);
        var parts = new List<string>
        {
            row.From == 0 ? T("threshold.band_below", Markup.Number(row.Below!.Value))
            : row.Below is { } below ? T("threshold.band", Markup.Number(row.From), Markup.Number(below))
            : T("threshold.band_above", Markup.Number(row.From)),
        };
        if (row.DependsOnHandlers)
        {
            var heavy = Markup.Number(GuidelineRules.HeavyHandlers);
            if (judgment.HandlersUnknown)
            {
                parts.Add(T("threshold.handlers_unknown", heavy));
            }
            else if (judgment.HandlersCount is { } handlers)
            {
                parts.Add(T(handlers >= GuidelineRules.HeavyHandlers ? "threshold.handlers_many" : "threshold.handlers_few", heavy));
            }
            parts.Add(T(judgment.SeriousIncident ? "threshold.incident" : "threshold.no_incident"));
        }
        return T("threshold.basis", string.Join(T("punct.comma"), parts));
    }
}
