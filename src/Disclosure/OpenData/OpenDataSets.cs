using Disclosure.Content;
using Disclosure.Rendering;
using Disclosure.Time;

namespace Disclosure.OpenData;

/// <summary>The site's open data: assessments, comment periods and schedules, every public field, absolute URLs.</summary>
public static class OpenDataSets
{
    public sealed record AssessmentRow(Assessment Assessment, SiteConfig Site);

    public sealed record PeriodRow(CommentPeriod Period, Assessment? Assessment, IReadOnlyList<string> Sections, SiteConfig Site, DateTimeOffset Now);

    public sealed record ScheduleRow(Schedule Schedule, IReadOnlyList<object> Steps, SiteConfig Site);

    private static string? Date(DateOnly? date) => date is { } d ? JapaneseDate.Iso(d) : null;

    public static readonly DataSet<AssessmentRow> Assessments = new("assessments", "評価書", "assessments", hasCsv: true,
    [
        new("id", "文字列", "評価書の ID（URL の一部。変わりません）", r => r.Assessment.Id),
        new("title", "文字列", "題名", r => r.Assessment.Title),
        new("kind", "basic / focused / full", "評価書の種類（基礎項目・重点項目・全項目）", r => Labels.Token(r.Assessment.Kind)),
        new("kind_label", "文字列", "評価書の種類の名称", r => Labels.Of(r.Assessment.Kind)),
        new("organization", "文字列", "評価実施機関", r => r.Assessment.Organization),
        new("department", "文字列", "担当部署", r => r.Assessment.Department),
        new("system", "文字列", "システムの名称", r => r.Assessment.System),
        new("affairs", "文字列", "事務の名称", r => r.Assessment.Affairs),
        new("target_count", "整数または空", "対象人数", r => r.Assessment.TargetCount),
        new("status", "draft / consultation / review / published / withdrawn", "状況", r => Labels.Token(r.Assessment.Status)),
        new("status_label", "文字列", "状況の名称", r => Labels.Of(r.Assessment.Status)),
        new("date", "日付（YYYY-MM-DD）", "評価書の日付", r => Date(r.Assessment.Date)),
        new("updated", "日付または空", "更新日", r => Date(r.Assessment.Updated)),
        new("version", "文字列または空", "版", r => r.Assessment.Version),
        new("tags", "文字列の配列（CSV では「; 」区切り）", "タグ", r => r.Assessment.Tags),
        new("schedule", "文字列または空", "スケジュールの ID", r => r.Assessment.ScheduleId),
        new("comment_period", "文字列または空", "意見募集の ID", r => r.Assessment.CommentPeriodId),
        new("url", "URL", "評価書のページ", r => r.Site.AbsoluteUrl(r.Assessment.Url)),
        new("attachments", "URL の配列（CSV では「; 」区切り）", "添付ファイル", r => r.Assessment.Attachments.Select(f => r.Site.AbsoluteUrl($"{r.Assessment.Url}{Uri.EscapeDataString(f.File)}")).ToList()),
    ]);

    /// <remarks>The comment server reads this file too: <c>id</c>, <c>assessment</c>, <c>title</c>, <c>opens</c>, <c>closes</c>, <c>max_length</c>, <c>required_fields</c>, <c>sections</c> and <c>url</c> must keep their names.</remarks>
    public static readonly DataSet<PeriodRow> CommentPeriods = new("comment-periods", "意見募集（市民意見聴取）", "periods", hasCsv: true,
    [
        new("id", "文字列", "意見募集の ID", r => r.Period.Id),
        new("title", "文字列", "題名", r => r.Period.Title),
        new("assessment", "文字列", "対象の評価書の ID", r => r.Period.AssessmentId),
        new("assessment_title", "文字列", "対象の評価書の題名", r => r.Assessment?.Title),
        new("opens", "日付（YYYY-MM-DD）", "募集開始日（0時から、日本時間）", r => Date(r.Period.Opens)),
        new("closes", "日付（YYYY-MM-DD）", "締切日（23時59分まで、日本時間）", r => Date(r.Period.Closes)),
        new("state", "upcoming / open / closed / resultpublished", "データ作成時点の状況", r => Labels.Token(r.Period.StateAt(r.Now))),
        new("max_length", "整数", "1件の意見の最大文字数", r => r.Period.MaxLength),
        new("required_fields", "文字列の配列", "必須の連絡先項目（name / email / address）", r => r.Period.RequiredFields.Select(f => f.ToString().ToLowerInvariant()).Order().ToList()),
        new("sections", "文字列の配列", "意見の対象として選べる評価書の節", r => r.Sections),
        new("result_published", "日付または空", "結果の公表日", r => Date(r.Period.Result?.Published)),
        new("result_count", "整数または空", "提出された意見の件数", r => r.Period.Result?.Count),
        new("url", "URL", "意見募集のページ", r => r.Site.AbsoluteUrl(r.Period.Url)),
    ]);

    public static readonly DataSet<ScheduleRow> Schedules = new("schedules", "評価のスケジュール", "schedules", hasCsv: false,
    [
        new("id", "文字列", "スケジュールの ID", r => r.Schedule.Id),
        new("title", "文字列", "題名", r => r.Schedule.Title),
        new("assessment", "文字列", "対象の評価書の ID", r => r.Schedule.AssessmentId),
        new("url", "URL", "スケジュールのページ", r => r.Site.AbsoluteUrl(r.Schedule.Url)),
        new("steps", "配列（title, start, end, state, note, url）", "手順。state はデータ作成時点の done / current / upcoming", r => r.Steps),
    ]);

    public static IReadOnlyList<IDataSetDescription> All => [Assessments, CommentPeriods, Schedules];
}
