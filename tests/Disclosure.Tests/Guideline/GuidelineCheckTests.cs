using Disclosure.Diagnostics;
using Disclosure.Guideline;

namespace Disclosure.Tests.Guideline;

public sealed class GuidelineCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private readonly GuidelineContent _content = new();

    private static List<Diagnostic> Errors(GuidelineFindings f) => f.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

    private static List<Diagnostic> Warnings(GuidelineFindings f) => f.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();

    /// <summary>One warning naming the date, on the field's line, when <paramref name="warned"/>; otherwise none.</summary>
    private static void AssertWarnedOrNot(GuidelineFindings findings, bool warned, string naming, int line)
    {
        Assert.Equal(warned ? 1 : 0, findings.Diagnostics.Count);
        if (warned)
        {
            Assert.Contains(naming, findings.Diagnostics[0].Message);
            Assert.Equal(line, findings.Diagnostics[0].Line);
        }
    }

    [Fact]
    public void A_required_kind_the_affair_lacks_is_a_warning_at_target_count_naming_the_file()
    {
        _content.Assessment("full", "full", fields: ["target_count: 400000", "handlers_count: 10"]);

        var warning = Assert.Single(_content.CheckOn(Today).Diagnostics);

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("content/assessments/full.md", warning.Path);
        Assert.Equal(9, warning.Line);
        Assert.Contains("基礎項目評価書がありません", warning.Message);
        Assert.Contains("指針 第5の2", warning.Message);
    }

    [Fact]
    public void Only_a_lower_kind_where_a_higher_one_is_required_is_an_error_naming_it()
    {
        _content.Assessment("basic", "basic", "draft", fields: ["target_count: 400000", "handlers_count: 10"]);
        _content.Assessment("focused", "focused", fields: ["target_count: 400000", "handlers_count: 10"]);

        var errors = Errors(_content.CheckOn(Today));

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("全項目評価書がなく", e.Message));
        Assert.All(errors, e => Assert.Contains("content/assessments/focused.md", e.Message));
    }

    [Fact]
    public void A_full_assessment_stands_in_for_a_focused_one_and_a_withdrawn_document_does_not_count()
    {
        _content.Assessment("basic", "basic", "withdrawn", fields: ["target_count: 50000", "handlers_count: 500"]);
        _content.Assessment("full", "full", fields: ["target_count: 50000", "handlers_count: 500"]);

        var findings = _content.CheckOn(Today);

        var missing = Assert.Single(findings.Diagnostics);
        Assert.Contains("基礎項目評価書がありません", missing.Message);
        Assert.Equal([Content.AssessmentKind.Basic], findings.Standings.Single(s => s.Assessment.Id == "full").MissingKinds);
    }

    [Fact]
    public void Under_a_thousand_people_nothing_is_required()
    {
        _content.Assessment("a", "focused", fields: ["target_count: 999"]);

        Assert.Empty(_content.CheckOn(Today).Diagnostics);
    }

    [Theory]
    [InlineData("2026-11-29", null, true)]
    [InlineData("2026-11-30", null, false)]
    [InlineData("2026-11-29", "移行日が決まっているため", false)]
    public void A_period_under_thirty_days_inclusive_needs_its_reason(string closes, string? reason, bool error)
    {
        _content.Period("p", "2026-11-01", closes, reason);

        var findings = _content.CheckOn(Today);

        if (error)
        {
            var e = Assert.Single(Errors(findings));
            Assert.Equal(4, e.Line);
            Assert.Contains("29日", e.Message);
            Assert.Contains("short_period_reason", e.Message);
            Assert.Contains("指針 第5の3", e.Message);
        }
        else
        {
            Assert.Empty(findings.Diagnostics);
        }
    }

    [Theory]
    [InlineData(null, "2026-11-29", true)]
    [InlineData("third_party_review", "2026-11-30", true)]
    [InlineData("third_party_review", "2026-11-29", false)]
    public void A_published_full_assessment_needs_its_review_step_done_before_the_build_day(string? type, string date, bool warned)
    {
        _content.Assessment("a", "full", fields: ["schedule: s"]);
        _content.Schedule("s", "a", date, type);

        var findings = _content.CheckOn(Today);

        if (warned)
        {
            var warning = Assert.Single(findings.Diagnostics);
            Assert.Equal("content/assessments/a.md", warning.Path);
            Assert.Equal(4, warning.Line);
            Assert.Contains("content/schedules/s.yml", warning.Message);
        }
        else
        {
            Assert.Empty(findings.Diagnostics);
            Assert.Equal(ReviewStepState.Done, Assert.Single(findings.Standings).ReviewState);
        }
    }

    [Fact]
    public void A_full_assessment_not_yet_published_is_not_warned_about_its_review()
    {
        _content.Assessment("a", "full", "consultation", fields: ["schedule: s"]);
        _content.Schedule("s", "a", "2027-04-22", "third_party_review");

        var findings = _content.CheckOn(Today);

        Assert.Empty(findings.Diagnostics);
        Assert.Equal(ReviewStepState.NotDone, Assert.Single(findings.Standings).ReviewState);
    }

    [Theory]
    [InlineData("2026-11-30", false)]
    [InlineData("2026-12-01", true)]
    public void Re_evaluation_warns_only_after_its_day_five_years_after_publication(string today, bool warned)
    {
        _content.Assessment("a", "focused", date: "2021-11-30", fields: ["reviewed: 2026-06-01"]);

        var findings = _content.CheckOn(DateOnly.Parse(today));

        Assert.Equal(new DateOnly(2026, 11, 30), Assert.Single(findings.Standings).ReevaluationDue);
        AssertWarnedOrNot(findings, warned, "再評価の目安（2026-11-30）", line: 5);
    }

    [Theory]
    [InlineData("2026-11-30", false)]
    [InlineData("2026-12-01", true)]
    public void The_yearly_review_warns_only_after_a_year_from_the_last_one(string today, bool warned)
    {
        _content.Assessment("a", "focused", date: "2025-01-10", fields: ["reviewed: 2025-11-30"]);

        var findings = _content.CheckOn(DateOnly.Parse(today));

        AssertWarnedOrNot(findings, warned, "見直しの時期（2026-11-30）", line: 9);
    }

    [Theory]
    [InlineData("2029-09-30", false)]
    [InlineData("2029-09-29", true)]
    public void An_ended_affair_stays_published_three_years(string expires, bool error)
    {
        _content.Assessment("a", "basic", "withdrawn", "2017-03-01", "target_count: 8600", "ended: 2026-09-30", $"expires_at: {expires}");

        var findings = _content.CheckOn(Today);

        Assert.Equal(new DateOnly(2029, 9, 30), Assert.Single(findings.Standings).KeepPublishedUntil);
        if (error)
        {
            var e = Assert.Single(findings.Diagnostics);
            Assert.Equal(DiagnosticSeverity.Error, e.Severity);
            Assert.Equal(11, e.Line);
            Assert.Contains("2029-09-30 以降", e.Message);
        }
        else
        {
            Assert.Empty(findings.Diagnostics);
        }
    }

    [Fact]
    public void An_ended_published_affair_is_not_due_for_re_evaluation_or_review()
    {
        _content.Assessment("a", "focused", "published", "2015-01-01", "target_count: 400000", "ended: 2026-09-30");

        var standing = Assert.Single(_content.CheckOn(Today).Standings);

        Assert.Empty(Warnings(_content.CheckOn(Today)));
        Assert.Null(standing.ReevaluationDue);
        Assert.Null(standing.NextReviewDue);
    }

    [Fact]
    public void The_report_lists_what_falls_due_first_first()
    {
        _content.Assessment("later", "focused", date: "2026-01-01", fields: ["reviewed: 2026-06-01"]);
        _content.Assessment("draft", "focused", "draft");
        _content.Assessment("sooner", "focused", date: "2025-01-01", fields: ["reviewed: 2026-02-01"]);

        var order = _content.CheckOn(Today).Standings.Select(s => s.Assessment.Id);

        Assert.Equal(["sooner", "later", "draft"], order);
    }
}
