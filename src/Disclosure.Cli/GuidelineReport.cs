using System.Text;
using Disclosure.Content;
using Disclosure.Guideline;
using Disclosure.Rendering;
using static Disclosure.Guideline.GuidelineWords;

namespace Disclosure.Cli;

/// <summary>
/// <c>disclosure check --report</c>: every assessment against the guideline's rules, what falls due first at the
/// top — as text for staff, one block per assessment, or as records for <c>--format json</c>.
/// </summary>
public static class GuidelineReport
{
    public static string Text(IReadOnlyList<AssessmentStanding> standings, DateOnly today)
    {
        var text = new StringBuilder();
        text.AppendLine($"評価書の点検表（{Iso(today)} 時点、{standings.Count} 件、期限の近い順）");
        text.AppendLine($"基準：{GuidelineRules.Version}");
        foreach (var s in standings)
        {
            var a = s.Assessment;
            text.AppendLine();
            text.AppendLine(a.Source.DisplayPath);
            Line(text, "評価書", $"{a.Title}（{Kind(a.Kind)}、{StatusWords(a.Status)}）");
            Line(text, "しきい値判断", s.Threshold is { } j ? $"{Result(j)}（{Facts(j)}）" : "対象人数（target_count）の記載なし");
            Line(text, "必要な種類", s.Threshold is { } required ? Kinds(required.Required) : "―");
            Line(text, "事務にある種類", Kinds(s.PresentKinds) + (s.MissingKinds.Count > 0 ? $"（不足：{Kinds(s.MissingKinds)}）" : ""));
            Line(text, "意見募集", s.Period is { } p
                ? $"{p.Days}日（{Iso(p.Opens)}〜{Iso(p.Closes)}）" + (p.ShortPeriodReason is not null ? "、短縮の理由あり" : p.Days < GuidelineRules.MinimumCommentDays ? "、30日未満で理由なし" : "")
                : "なし");
            Line(text, "第三者点検", ReviewWords(s));
            Line(text, "再評価の目安", Due(s.ReevaluationDue, today));
            Line(text, "直近の見直し", (s.LastReview is { } r ? Iso(r) : "記録なし") + (s.NextReviewDue is { } next ? $"（次の見直しの時期 {Iso(next)}{(next < today ? "、過ぎています" : "")}）" : ""));
            Line(text, "事務の終了", a.Ended is { } ended ? $"{Iso(ended)}（{Iso(s.KeepPublishedUntil!.Value)} まで公表）" : "―");
        }
        return text.ToString();
    }

    public static object Records(IReadOnlyList<AssessmentStanding> standings, DateOnly today) => standings.Select(s => new
    {
        Path = s.Assessment.Source.DisplayPath,
        s.Assessment.Id,
        s.Assessment.Title,
        Kind = Labels.Token(s.Assessment.Kind),
        Status = Labels.Token(s.Assessment.Status),
        s.Assessment.Organization,
        s.Assessment.Affairs,
        Threshold = s.Threshold is { } j
            ? new { j.TargetCount, j.HandlersCount, j.SeriousIncident, Result = Result(j), Required = j.Required.Select(Labels.Token).ToList(), j.HandlersUnknown }
            : null,
        PresentKinds = s.PresentKinds.Select(Labels.Token).ToList(),
        MissingKinds = s.MissingKinds.Select(Labels.Token).ToList(),
        CommentPeriod = s.Period is { } p ? new { p.Id, Opens = Iso(p.Opens), Closes = Iso(p.Closes), p.Days, p.ShortPeriodReason } : null,
        ThirdPartyReview = new
        {
            State = s.ReviewState switch
            {
                ReviewStepState.NotRequired => "not_required",
                ReviewStepState.NoSchedule => "no_schedule",
                ReviewStepState.Missing => "missing",
                ReviewStepState.NotDone => "not_done",
                _ => "done",
            },
            Schedule = s.Schedule?.Source.DisplayPath,
            Step = s.ReviewStep?.Title,
            Date = s.ReviewStep is { } step ? Iso(step.End) : null,
        },
        ReevaluationDue = Date(s.ReevaluationDue),
        ReevaluationPassed = s.ReevaluationDue < today,
        LastReview = Date(s.LastReview),
        NextReviewDue = Date(s.NextReviewDue),
        ReviewPassed = s.NextReviewDue < today,
        Ended = Date(s.Assessment.Ended),
        KeepPublishedUntil = Date(s.KeepPublishedUntil),
    }).ToList();

    private static string? Date(DateOnly? date) => date is { } d ? Iso(d) : null;

    private static void Line(StringBuilder text, string label, string value) => text.AppendLine($"  {label}：{value}");

    private static string Due(DateOnly? due, DateOnly today) => due switch
    {
        null => "―（公表済みで事務が続いている評価書のみ）",
        { } d when d < today => $"{Iso(d)}（過ぎています）",
        { } d => Iso(d),
    };

    private static string ReviewWords(AssessmentStanding s) => s.ReviewState switch
    {
        ReviewStepState.NotRequired => "不要（全項目評価書ではない）",
        ReviewStepState.NoSchedule => "スケジュールなし",
        ReviewStepState.Missing => $"手順なし（{s.Schedule!.Source.DisplayPath} に type: third_party_review の手順がない）",
        ReviewStepState.NotDone => $"未了（{s.ReviewStep!.Title}、{Iso(s.ReviewStep.End)}）",
        _ => $"済み（{s.ReviewStep!.Title}、{Iso(s.ReviewStep.End)}）",
    };

    private static string StatusWords(AssessmentStatus status) => status switch
    {
        AssessmentStatus.Draft => "下書き",
        AssessmentStatus.Consultation => "意見聴取中",
        AssessmentStatus.Review => "第三者点検中",
        AssessmentStatus.Published => "公表済み",
        _ => "取下げ",
    };
}
