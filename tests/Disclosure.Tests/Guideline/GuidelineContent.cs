using Disclosure.Content;
using Disclosure.Guideline;
using Disclosure.Pipeline;
using Disclosure.Reading;
using Disclosure.Tests.Support;
using Disclosure.Time;

namespace Disclosure.Tests.Guideline;

/// <summary>Assessments, schedules and comment periods read from text as the build reads them, checked by <see cref="CheckGuideline"/> on a given day.</summary>
internal sealed class GuidelineContent
{
    private static readonly SiteConfig Site = new(
        "サイト", "テスト市", new Uri("https://city.example/hogo/"), "ja", "", new ContactInfo("総務課", "", "", ""), AllowHtml: false);

    private readonly Parsing _parsing = new();
    private readonly List<Assessment> _assessments = [];
    private readonly List<Schedule> _schedules = [];
    private readonly List<CommentPeriod> _periods = [];

    /// <summary>
    /// An assessment: line 2 title, 3 kind, 4 status, 5 date, 6 affairs, 7 department, 8 system, then <paramref name="fields"/> from line 9.
    /// </summary>
    public Assessment Assessment(string id, string kind = "full", string status = "published", string date = "2026-10-01", params string[] fields)
    {
        var text = $"---\ntitle: {id}\nkind: {kind}\nstatus: {status}\ndate: {date}\naffairs: テストに関する事務\ndepartment: 課\nsystem: システム\n"
            + string.Concat(fields.Select(f => f + "\n")) + "---\n本文\n";
        var assessment = AssessmentParser.Parse(_parsing.Open($"assessments/{id}.md", text), Site, attachmentFolder: null)!;
        _parsing.AssertNoDiagnostics();
        _assessments.Add(assessment);
        return assessment;
    }

    /// <summary>A schedule of <paramref name="assessmentId"/> with one step on <paramref name="date"/>, of <paramref name="type"/> when given.</summary>
    public void Schedule(string id, string assessmentId, string date, string? type)
    {
        var text = $"title: {id}\nassessment: {assessmentId}\nsteps:\n  - title: 保護評価部会（第三者点検）\n    date: {date}\n" + (type is null ? "" : $"    type: {type}\n");
        _schedules.Add(ScheduleParser.Parse(_parsing.Open($"schedules/{id}.yml", text))!);
        _parsing.AssertNoDiagnostics();
    }

    public void Period(string id, string opens, string closes, string? reason = null)
    {
        var text = $"title: {id}\nassessment: a\nopens: {opens}\ncloses: {closes}\nhow_to_submit: 郵送で\n" + (reason is null ? "" : $"short_period_reason: {reason}\n");
        _periods.Add(CommentPeriodParser.Parse(_parsing.Open($"comment-periods/{id}.yml", text))!);
        _parsing.AssertNoDiagnostics();
    }

    public GuidelineFindings CheckOn(DateOnly today) =>
        new CheckGuideline(new BuildOptions { Now = TokyoTime.StartOf(today) })
            .Execute(new SiteContent(Site, _assessments, _schedules, _periods, [], [], []));
}
