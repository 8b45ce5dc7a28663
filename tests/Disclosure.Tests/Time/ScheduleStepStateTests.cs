using Disclosure.Content;

namespace Disclosure.Tests.Time;

public sealed class ScheduleStepStateTests
{
    private static readonly ScheduleStep Span =
        new("市民意見聴取", new DateOnly(2026, 11, 1), new DateOnly(2027, 3, 31), Note: null, Link: null, Line: 1);

    private static readonly ScheduleStep SingleDay =
        new("保護評価部会", new DateOnly(2026, 10, 28), new DateOnly(2026, 10, 28), Note: null, Link: null, Line: 1);

    [Theory]
    [InlineData("2026-10-31", StepState.Upcoming)] // the day before
    [InlineData("2026-11-01", StepState.Current)] // the start day
    [InlineData("2027-01-15", StepState.Current)] // inside the span
    [InlineData("2027-03-31", StepState.Current)] // the end day
    [InlineData("2027-04-01", StepState.Done)] // the day after
    public void SpanStateOnPinnedDays(string today, StepState expected)
    {
        Assert.Equal(expected, Span.StateOn(DateOnly.Parse(today)));
    }

    [Theory]
    [InlineData("2026-10-27", StepState.Upcoming)]
    [InlineData("2026-10-28", StepState.Current)]
    [InlineData("2026-10-29", StepState.Done)]
    public void SingleDayStepIsCurrentOnlyOnItsDay(string today, StepState expected)
    {
        Assert.Equal(expected, SingleDay.StateOn(DateOnly.Parse(today)));
    }
}
