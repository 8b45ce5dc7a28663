using Disclosure.Content;

namespace Disclosure.Guideline;

/// <summary>
/// The rules of the Personal Information Protection Commission's 特定個人情報保護評価指針 (and the 規則 and forms it
/// works with) that the build checks: every number and its section are here, so that an amendment is one edit here.
/// </summary>
public static class GuidelineRules
{
    /// <summary>The text these numbers were taken from, with the day it was last amended (2024-05-27).</summary>
    public const string Version = "特定個人情報保護評価指針（平成26年特定個人情報保護委員会告示第4号、最終改正 令和6年5月27日 個人情報保護委員会告示第2号）";

    public static readonly GuidelineSection Threshold = new("指針 第5の2", "しきい値判断");

    /// <summary>取扱者数 from which an affair is judged as heavy (as is one with a 重大事故 in the past year).</summary>
    public const int HeavyHandlers = 500;

    /// <summary>The threshold judgment's table, by 対象人数; <see cref="HeavyHandlers"/> and a 重大事故 pick the last column.</summary>
    public static readonly IReadOnlyList<ThresholdRow> ThresholdTable =
    [
        new(0, 1_000, [], []),
        new(1_000, 10_000, [AssessmentKind.Basic], [AssessmentKind.Basic]),
        new(10_000, 100_000, [AssessmentKind.Basic], [AssessmentKind.Basic, AssessmentKind.Focused]),
        new(100_000, 300_000, [AssessmentKind.Basic, AssessmentKind.Focused], [AssessmentKind.Basic, AssessmentKind.Full]),
        new(300_000, null, [AssessmentKind.Basic, AssessmentKind.Full], [AssessmentKind.Basic, AssessmentKind.Full]),
    ];

    public static readonly GuidelineSection CommentPeriod = new("指針 第5の3", "国民・住民等からの意見の聴取（原則として30日以上）");

    /// <summary>A comment period shorter than this, both end days counted, needs its reason written.</summary>
    public const int MinimumCommentDays = 30;

    public static readonly GuidelineSection ThirdPartyReview = new("規則第7条第4項、指針 第5の3", "第三者点検");

    public static readonly GuidelineSection Reevaluation = new("規則第15条", "一定期間経過前の再実施（努力義務）");

    /// <summary>Re-evaluation is due this many years after the assessment was published.</summary>
    public const int ReevaluationYears = 5;

    public static readonly GuidelineSection YearlyReview = new("指針", "評価書の見直し（少なくとも1年に1回、努力義務）");

    /// <summary>A review is due this many years after the last one (or after publication, when there was none).</summary>
    public const int ReviewYears = 1;

    public static readonly GuidelineSection EndedAffair = new("評価書様式の記載要領", "事務の実施をやめた場合（【○年○月○日 終了】と記載し、少なくとも3年間公表）");

    /// <summary>An ended affair's assessment stays published at least this many years after the end.</summary>
    public const int KeepAfterEndYears = 3;

    /// <summary>The row that holds a count; the table covers every count from zero.</summary>
    public static ThresholdRow RowFor(int targetCount) => ThresholdTable.First(row => row.Holds(targetCount));

    /// <summary>
    /// Whether a document of kind <paramref name="present"/> meets a requirement of kind <paramref name="required"/>:
    /// a full assessment may be done instead of a focused one, but nothing stands in for the basic one.
    /// </summary>
    public static bool Meets(AssessmentKind present, AssessmentKind required) =>
        present == required || required == AssessmentKind.Focused && present == AssessmentKind.Full;
}
