using Disclosure.Content;
using Disclosure.Reading;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Reading;

public sealed class ScheduleParserTests
{
    private readonly Parsing _parsing = new();

    private Schedule? Parse(string yaml) => ScheduleParser.Parse(_parsing.Open("schedules/kokuho-2026.yml", yaml));

    [Fact]
    public void ReadsDateStepsAndSpanStepsWithNotesAndLinks()
    {
        var schedule = Parse("""
            title: 国民健康保険のスケジュール
            assessment: kokumin-kenkou-hoken-2026
            steps:
              - title: 計画管理書の作成
                date: 2026-09-01
                note: 評価をやり直すことにしました。
              - title: 市民意見聴取
                start: 2026-11-01
                end: 2027-03-31
                link: kokuho-2026-iken
            """);

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(schedule);
        Assert.Equal("kokuho-2026", schedule.Id);
        Assert.Equal("/schedules/kokuho-2026/", schedule.Url);
        Assert.Equal("国民健康保険のスケジュール", schedule.Title);
        Assert.Equal("kokumin-kenkou-hoken-2026", schedule.AssessmentId);
        Assert.Equal(
            [
                new ScheduleStep("計画管理書の作成", new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 1), "評価をやり直すことにしました。", null, 4),
                new ScheduleStep("市民意見聴取", new DateOnly(2026, 11, 1), new DateOnly(2027, 3, 31), null, "kokuho-2026-iken", 10),
            ],
            schedule.Steps);
        Assert.False(schedule.Steps[0].IsSpan);
        Assert.True(schedule.Steps[1].IsSpan);
    }

    [Fact]
    public void EndBeforeStartIsReportedOnTheEndLine()
    {
        Parse("title: t\nassessment: a\nsteps:\n  - title: s\n    start: 2026-11-01\n    end: 2026-10-01\n");

        var error = Assert.Single(_parsing.All);
        Assert.Equal(6, error.Line);
        Assert.Contains("end", error.Message);
        Assert.Contains("start", error.Message);
    }

    [Fact]
    public void StepWithBothDateAndSpanIsRefused()
    {
        Parse("title: t\nassessment: a\nsteps:\n  - title: s\n    date: 2026-10-01\n    start: 2026-10-01\n    end: 2026-10-02\n");

        Assert.Contains(_parsing.All, d => d.Line == 4 && d.Message.Contains("date") && d.Message.Contains("start"));
    }

    [Fact]
    public void StepWithoutAnyDateIsRefused()
    {
        var schedule = Parse("title: t\nassessment: a\nsteps:\n  - title: s\n    note: 日付なし\n");

        var error = Assert.Single(_parsing.All);
        Assert.Equal(4, error.Line);
        Assert.Contains("日付", error.Message);
        Assert.Empty(schedule!.Steps);
    }

    [Fact]
    public void ScheduleWithoutStepsIsRefused()
    {
        Parse("title: t\nassessment: a\n");

        var error = Assert.Single(_parsing.All);
        Assert.Contains("steps", error.Message);
    }
}
