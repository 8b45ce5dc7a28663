using Disclosure.Content;
using Disclosure.Rendering;
using Disclosure.Routing;
using Disclosure.Time;

namespace Disclosure.OpenData;

/// <summary>The site's open data: assessments, comment periods, schedules and assessments' changes, every public field, absolute URLs.</summary>
public static class OpenDataSets
{
    /// <param name="Strings">For the labels of kind and status, in the site's language.</param>
    public sealed record AssessmentRow(Assessment Assessment, SiteConfig Site, UiStrings Strings);

    /// <param name="State">The period's state at the build's time (not the time itself: a row stays the same while the state does).</param>
    public sealed record PeriodRow(CommentPeriod Period, Assessment? Assessment, IReadOnlyList<string> Sections, SiteConfig Site, CommentPeriodState State);

    /// <param name="Number">The opinion's number on the period's page.</param>
    public sealed record ResponseRow(CommentPeriod Period, int Number, CommentResponse Response, SiteConfig Site);

    public sealed record ScheduleRow(Schedule Schedule, IReadOnlyList<object> Steps, SiteConfig Site);

    /// <param name="Strings">For the label of the timing, in the site's language.</param>
    public sealed record ChangeRow(Assessment Assessment, ChangeEntry Change, SiteConfig Site, UiStrings Strings);

    private static string? Date(DateOnly? date) => date is { } d ? JapaneseDate.Iso(d) : null;

    public static readonly DataSet<AssessmentRow> Assessments = new("assessments", "assessments", hasCsv: true,
    [
        new("id", "string", r => r.Assessment.Id),
        new("title", "string", r => r.Assessment.Title),
        new("kind", "kind", r => Labels.Token(r.Assessment.Kind)),
        new("kind_label", "string", r => r.Strings.Of(r.Assessment.Kind)),
        new("organization", "string", r => r.Assessment.Organization),
        new("department", "string", r => r.Assessment.Department),
        new("system", "string", r => r.Assessment.System),
        new("affairs", "string", r => r.Assessment.Affairs),
        new("target_count", "integer_or_empty", r => r.Assessment.TargetCount),
        new("handlers_count", "integer_or_empty", r => r.Assessment.HandlersCount),
        new("serious_incident", "boolean_or_empty", r => r.Assessment.SeriousIncident),
        new("threshold_required", "kind_list_csv", r => Guideline.ThresholdJudgment.Of(r.Assessment)?.Required.Select(Labels.Token).ToList()),
        new("status", "status", r => Labels.Token(r.Assessment.Status)),
        new("status_label", "string", r => r.Strings.Of(r.Assessment.Status)),
        new("date", "date", r => Date(r.Assessment.Date)),
        new("updated", "date_or_empty", r => Date(r.Assessment.Updated)),
        new("version", "string_or_empty", r => r.Assessment.Version),
        new("reviewed", "date_or_empty", r => Date(r.Assessment.Reviewed)),
        new("ended", "date_or_empty", r => Date(r.Assessment.Ended)),
        new("tags", "string_list_csv", r => r.Assessment.Tags),
        new("schedule", "string_or_empty", r => r.Assessment.ScheduleId),
        new("comment_period", "string_or_empty", r => r.Assessment.CommentPeriodId),
        new("url", "url", r => r.Site.AbsoluteUrl(r.Assessment.Url)),
        new("attachments", "url_list_csv", r => r.Assessment.Attachments.Select(f => r.Site.AbsoluteUrl(SiteRoutes.Attachment(r.Assessment, f.File))).ToList()),
    ]);

    /// <remarks>The comment server reads this file too: <c>id</c>, <c>assessment</c>, <c>title</c>, <c>opens</c>, <c>closes</c>, <c>max_length</c>, <c>required_fields</c>, <c>sections</c> and <c>url</c> must keep their names.</remarks>
    public static readonly DataSet<PeriodRow> CommentPeriods = new("comment-periods", "periods", hasCsv: true,
    [
        new("id", "string", r => r.Period.Id),
        new("title", "string", r => r.Period.Title),
        new("assessment", "string", r => r.Period.AssessmentId),
        new("assessment_title", "string", r => r.Assessment?.Title),
        new("opens", "date", r => Date(r.Period.Opens)),
        new("closes", "date", r => Date(r.Period.Closes)),
        new("short_period_reason", "string_or_empty", r => r.Period.ShortPeriodReason),
        new("state", "period_state", r => Labels.Token(r.State)),
        new("max_length", "integer", r => r.Period.MaxLength),
        new("required_fields", "string_list", r => r.Period.RequiredFields.Select(f => f.ToString().ToLowerInvariant()).Order().ToList()),
        new("sections", "string_list", r => r.Sections),
        new("result_published", "date_or_empty", r => Date(r.Period.Result?.Published)),
        new("result_count", "integer_or_empty", r => r.Period.Result?.Count),
        new("result_duplicates", "integer_or_empty", r => r.Period.Result?.Duplicates),
        new("url", "url", r => r.Site.AbsoluteUrl(r.Period.Url)),
    ]);

    /// <summary>The opinions of every published result with the city's response, period by period in the page's order.</summary>
    public static readonly DataSet<ResponseRow> CommentResponses = new("comment-responses", "responses", hasCsv: true,
    [
        new("period", "string", r => r.Period.Id),
        new("period_title", "string", r => r.Period.Title),
        new("number", "integer", r => r.Number),
        new("section", "string_or_empty", r => r.Response.Section),
        new("opinion", "string", r => r.Response.Opinion),
        new("submitted", "integer", r => r.Response.Submitted),
        new("response", "string", r => r.Response.Response),
        new("url", "url", r => r.Site.AbsoluteUrl(r.Period.Url)),
    ]);

    public static readonly DataSet<ScheduleRow> Schedules = new("schedules", "schedules", hasCsv: false,
    [
        new("id", "string", r => r.Schedule.Id),
        new("title", "string", r => r.Schedule.Title),
        new("assessment", "string", r => r.Schedule.AssessmentId),
        new("url", "url", r => r.Site.AbsoluteUrl(r.Schedule.Url)),
        new("steps", "steps", r => r.Steps),
    ]);

    /// <summary>Every assessment's change record (別添3 変更箇所), a record per entry, assessment by assessment in the order written.</summary>
    public static readonly DataSet<ChangeRow> AssessmentChanges = new("assessment-changes", "changes", hasCsv: true,
    [
        new("assessment", "string", r => r.Assessment.Id),
        new("assessment_title", "string", r => r.Assessment.Title),
        new("date", "date", r => Date(r.Change.Date)),
        new("item", "string", r => r.Change.Item),
        new("before", "string_or_empty", r => r.Change.Before),
        new("after", "string", r => r.Change.After),
        new("timing", "timing", r => Labels.Token(r.Change.Timing)),
        new("timing_label", "string", r => r.Strings.Of(r.Change.Timing)),
        new("reason", "string_or_empty", r => r.Change.Reason),
        new("url", "url", r => r.Site.AbsoluteUrl(r.Assessment.Url)),
    ]);

    public static IReadOnlyList<IDataSetDescription> All => [Assessments, CommentPeriods, CommentResponses, Schedules, AssessmentChanges];
}
