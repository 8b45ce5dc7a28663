using Disclosure.Content;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Time;

/// <summary>A period is open from 00:00 JST on its opening day until 23:59:59 JST on its closing day.</summary>
public sealed class CommentPeriodStateTests
{
    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private static CommentPeriod Period(CommentPeriodResult? result = null) => new()
    {
        Core = new() { Id = "p", Source = Parsing.File("comment-periods/p.yml", ""), Title = "意見募集", Header = "" },
        AssessmentId = "a",
        Opens = new DateOnly(2026, 11, 1),
        Closes = new DateOnly(2027, 3, 31),
        HowToSubmit = "郵送",
        Result = result,
    };

    public static TheoryData<DateTimeOffset, CommentPeriodState> Instants => new()
    {
        // One second before 00:00 JST on the opening day, in JST and as the same instant in UTC.
        { new DateTimeOffset(2026, 10, 31, 23, 59, 59, Jst), CommentPeriodState.Upcoming },
        { new DateTimeOffset(2026, 10, 31, 14, 59, 59, TimeSpan.Zero), CommentPeriodState.Upcoming },
        // 00:00 JST on the opening day.
        { new DateTimeOffset(2026, 11, 1, 0, 0, 0, Jst), CommentPeriodState.Open },
        { new DateTimeOffset(2026, 10, 31, 15, 0, 0, TimeSpan.Zero), CommentPeriodState.Open },
        // 23:59:59 JST on the closing day.
        { new DateTimeOffset(2027, 3, 31, 23, 59, 59, Jst), CommentPeriodState.Open },
        { new DateTimeOffset(2027, 3, 31, 14, 59, 59, TimeSpan.Zero), CommentPeriodState.Open },
        // 00:00 JST the day after closing.
        { new DateTimeOffset(2027, 4, 1, 0, 0, 0, Jst), CommentPeriodState.Closed },
        { new DateTimeOffset(2027, 3, 31, 15, 0, 0, TimeSpan.Zero), CommentPeriodState.Closed },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public void StateAtTheEdgesOfThePeriod(DateTimeOffset instant, CommentPeriodState expected)
    {
        Assert.Equal(expected, Period().StateAt(instant));
        Assert.Equal(expected == CommentPeriodState.Open, Period().IsOpenAt(instant));
    }

    [Fact]
    public void TheDateInJapanDecidesNotTheDateInUtc()
    {
        // 2026-10-31 20:00 UTC is 2026-11-01 05:00 in Japan: open, although in UTC it is still the day before.
        Assert.Equal(CommentPeriodState.Open, Period().StateAt(new DateTimeOffset(2026, 10, 31, 20, 0, 0, TimeSpan.Zero)));
        // 2027-03-31 20:00 UTC is 2027-04-01 05:00 in Japan: closed, although in UTC it is still the closing day.
        Assert.Equal(CommentPeriodState.Closed, Period().StateAt(new DateTimeOffset(2027, 3, 31, 20, 0, 0, TimeSpan.Zero)));
    }

    public static TheoryData<DateTimeOffset, CommentPeriodState> InstantsWithResult => new()
    {
        // Closed after the period, until the result's publication day starts in Japan.
        { new DateTimeOffset(2027, 4, 1, 0, 0, 0, Jst), CommentPeriodState.Closed },
        { new DateTimeOffset(2027, 4, 14, 23, 59, 59, Jst), CommentPeriodState.Closed },
        { new DateTimeOffset(2027, 4, 14, 14, 59, 59, TimeSpan.Zero), CommentPeriodState.Closed },
        { new DateTimeOffset(2027, 4, 15, 0, 0, 0, Jst), CommentPeriodState.ResultPublished },
        { new DateTimeOffset(2027, 4, 14, 15, 0, 0, TimeSpan.Zero), CommentPeriodState.ResultPublished },
        { new DateTimeOffset(2030, 1, 1, 0, 0, 0, Jst), CommentPeriodState.ResultPublished },
        // A result never changes the state during the period.
        { new DateTimeOffset(2027, 3, 31, 23, 59, 59, Jst), CommentPeriodState.Open },
    };

    [Theory]
    [MemberData(nameof(InstantsWithResult))]
    public void ResultIsPublishedOnlyFromItsPublicationDay(DateTimeOffset instant, CommentPeriodState expected)
    {
        var period = Period(new CommentPeriodResult(new DateOnly(2027, 4, 15), 3, "3件の意見がありました。", SummaryLine: 1, []));

        Assert.Equal(expected, period.StateAt(instant));
    }
}
