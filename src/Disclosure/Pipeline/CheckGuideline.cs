using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Guideline;
using Disclosure.Time;
using static Disclosure.Guideline.GuidelineWords;

namespace Disclosure.Pipeline;

/// <summary>
/// Checks the content against the guideline's rules (<see cref="GuidelineRules"/>): the threshold judgment against
/// the kinds each affair has, comment periods' length, the full assessment's third-party review, re-evaluation and
/// yearly review, and how long an ended affair stays published. Input: every document read, drafts included, so staff
/// see what a draft will need before it is published. Output: each assessment's standing, for the report, and what
/// breaks a rule.
/// </summary>
public sealed class CheckGuideline(BuildOptions options) : IPhase<SiteContent, GuidelineFindings>
{
    private readonly DiagnosticBag _diagnostics = new();

    public GuidelineFindings Execute(SiteContent content)
    {
        var today = TokyoTime.DateOf(options.Now);
        foreach (var period in content.CommentPeriods)
        {
            CheckLength(period);
        }
        // Each affair's documents and the kinds among them, worked out once per affair, not once per document.
        var affairs = content.Assessments.Where(a => a.Status != AssessmentStatus.Withdrawn)
            .GroupBy(a => (a.Organization, a.Affairs))
            .ToDictionary(g => g.Key, g => (Documents: g.ToList(), Kinds: g.Select(d => d.Kind).Distinct().Order().ToList()));
        var related = new RelatedDocuments(content);
        var standings = content.Assessments
            .Select(a => affairs.TryGetValue((a.Organization, a.Affairs), out var affair)
                ? Stand(a, affair.Documents, affair.Kinds, related, today)
                : Stand(a, [], [], related, today))
            .OrderBy(s => s.NextDue ?? DateOnly.MaxValue)
            .ThenBy(s => s.Assessment.Source.DisplayPath, StringComparer.Ordinal)
            .ToList();
        return new GuidelineFindings(standings, _diagnostics.Items);
    }

    /// <summary>What the check reads of a document: while this is unchanged for every document, its findings are too.</summary>
    public static object? WhatItReads(ContentDocument document) => document switch
    {
        Assessment a => (a.Publication, a.Id, a.Kind, a.Organization, a.Affairs, a.TargetCount, a.HandlersCount, a.SeriousIncident, a.Status,
            a.Date, a.Reviewed, a.Ended, a.ScheduleId, a.CommentPeriodId,
            (a.LineOf("date"), a.LineOf("reviewed"), a.LineOf("target_count"), a.LineOf("expires_at"), a.LineOf("status"))),
        Schedule s => (s.Id, s.AssessmentId, string.Join('\u001e', s.Steps.Select(step => $"{step.Type}\u001f{step.Title}\u001f{step.Start}\u001f{step.End}"))),
        CommentPeriod p => (p.Id, p.AssessmentId, p.Opens, p.Closes, p.ShortPeriodReason, p.LineOf("closes")),
        _ => null,
    };

    private AssessmentStanding Stand(Assessment a, List<Assessment> affair, List<AssessmentKind> present, RelatedDocuments related, DateOnly today)
    {
        var judgment = ThresholdJudgment.Of(a);
        var missing = judgment?.MissingFrom(present) ?? [];
        // An assessment that could not be read may be the affair's missing kind: its own error is the one to fix first.
        var judged = judgment is not null && a.Status != AssessmentStatus.Withdrawn && !a.HasEndedBy(today)
            && !related.AnAssessmentIsUnreadable;
        if (judged)
        {
            CheckThreshold(a, judgment!, affair, missing);
        }

        var period = related.PeriodOf(a);
        var schedule = related.ScheduleOf(a);
        var step = schedule?.Steps.Where(s => s.Type == ScheduleStepType.ThirdPartyReview).MaxBy(s => s.End);
        var reviewState = a.Kind != AssessmentKind.Full ? ReviewStepState.NotRequired
            : schedule is null ? ReviewStepState.NoSchedule
            : step is null ? ReviewStepState.Missing
            : step.StateOn(today) == StepState.Done ? ReviewStepState.Done
            : ReviewStepState.NotDone;
        if (a.Status == AssessmentStatus.Published)
        {
            CheckReview(a, schedule, step, reviewState);
        }

        var reevaluationDue = AssessmentDeadlines.Reevaluation(a, today);
        var nextReviewDue = AssessmentDeadlines.Review(a, today);
        if (reevaluationDue is { } due && today > due)
        {
            Warning(a, "date", $"評価書の公表（{Iso(a.Date)}）から{GuidelineRules.ReevaluationYears}年の再評価の目安（{Iso(due)}）を過ぎています。評価を再実施して新しい評価書を公表してください。{GuidelineRules.Reevaluation}");
        }
        if (nextReviewDue is { } reviewDue && today > reviewDue)
        {
            var since = a.Reviewed is { } reviewed ? $"直近の見直し（reviewed: {Iso(reviewed)}）" : $"公表（{Iso(a.Date)}、見直しの記録なし）";
            Warning(a, a.Reviewed is null ? "date" : "reviewed", $"{since}から{GuidelineRules.ReviewYears}年の見直しの時期（{Iso(reviewDue)}）を過ぎています。評価書の記載を見直し、見直した日を「reviewed」に書いてください。{GuidelineRules.YearlyReview}");
        }

        var keepUntil = AssessmentDeadlines.KeepPublishedUntil(a);
        if (keepUntil is { } keep && a.Publication.ExpiresAt is { } expires && expires < keep)
        {
            Error(a, "expires_at", $"事務の終了日（ended: {Iso(a.Ended!.Value)}）から{GuidelineRules.KeepAfterEndYears}年間は評価書を公表しておく必要があります。「expires_at」（{Iso(expires)}）を {Iso(keep)} 以降にするか、消してください。{GuidelineRules.EndedAffair}");
        }

        return new AssessmentStanding(a, judgment, present, judged ? missing : [], period, schedule, reviewState, step, reevaluationDue, nextReviewDue, keepUntil);
    }

    /// <summary>
    /// A required kind with nothing in its place is a warning (a document yet to be written); one stood in for by a
    /// lower kind is an error: the affair is published as if it needed less than it does.
    /// </summary>
    private void CheckThreshold(Assessment a, ThresholdJudgment judgment, List<Assessment> affair, IReadOnlyList<AssessmentKind> missing)
    {
        var judged = $"しきい値判断（{Facts(judgment)}）の結果は「{Result(judgment)}」です";
        if (judgment.HandlersUnknown)
        {
            Warning(a, "target_count", $"対象人数が{Number(judgment.TargetCount)}人のため、しきい値判断には取扱者数（handlers_count）が必要です。書かれていないため、{GuidelineRules.HeavyHandlers}人未満として判断しました。{GuidelineRules.Threshold}");
        }
        foreach (var kind in missing)
        {
            var lower = affair.Where(d => d.Kind < kind).ToList();
            if (lower.Count > 0)
            {
                Error(a, "target_count", $"{judged}が、事務「{a.Affairs}」には{Kind(kind)}がなく、より簡易な{Kinds(lower.Select(d => d.Kind).Distinct())}（{Paths(lower)}）しかありません。{Kind(kind)}を作成してください。{GuidelineRules.Threshold}");
            }
            else
            {
                Warning(a, "target_count", $"{judged}が、事務「{a.Affairs}」の{Kind(kind)}がありません（公表済み・作成中とも）。同じ「organization」と「affairs」の{Kind(kind)}を content/assessments/ に置いてください。{GuidelineRules.Threshold}");
            }
        }
    }

    /// <remarks>
    /// An assessment with no schedule is not warned about: the site was given no procedure to check (an assessment
    /// published before the site kept schedules, say). The report lists it as having none.
    /// </remarks>
    private void CheckReview(Assessment a, Schedule? schedule, ScheduleStep? step, ReviewStepState state)
    {
        var published = $"全項目評価書を公表済み（status: published）にしていますが、";
        var message = state switch
        {
            ReviewStepState.Missing => $"{published}スケジュール {schedule!.Source.DisplayPath} に第三者点検の手順（type: third_party_review）がありません。",
            ReviewStepState.NotDone => $"{published}スケジュール {schedule!.Source.DisplayPath} の第三者点検「{step!.Title}」（{Iso(step.End)}）がまだ済んでいません。点検を受けてから公表してください。",
            _ => null,
        };
        if (message is not null)
        {
            Warning(a, "status", $"{message}{GuidelineRules.ThirdPartyReview}");
        }
    }

    private void CheckLength(CommentPeriod period)
    {
        // A period that closes before it opens has its own error already.
        if (period.Days is > 0 and < GuidelineRules.MinimumCommentDays && period.ShortPeriodReason is null)
        {
            _diagnostics.Error(period.Source.DisplayPath, period.LineOf("closes"),
                $"意見募集の期間が{period.Days}日（{Iso(period.Opens)}から{Iso(period.Closes)}まで、両日を含む）で、{GuidelineRules.MinimumCommentDays}日に足りません。期間を延ばすか、短くする特段の理由を「short_period_reason」に書いてください（募集のページに表示されます）。{GuidelineRules.CommentPeriod}");
        }
    }

    private static string Paths(IEnumerable<Assessment> documents) => string.Join("、", documents.Select(d => d.Source.DisplayPath));

    private void Warning(Assessment a, string field, string message) => _diagnostics.Warning(a.Source.DisplayPath, a.LineOf(field), message);

    private void Error(Assessment a, string field, string message) => _diagnostics.Error(a.Source.DisplayPath, a.LineOf(field), message);
}
