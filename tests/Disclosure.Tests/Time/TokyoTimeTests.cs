using Disclosure.Time;

namespace Disclosure.Tests.Time;

public sealed class TokyoTimeTests
{
    [Fact]
    public void StartOfADayIsMidnightInJapan()
    {
        var start = TokyoTime.StartOf(new DateOnly(2026, 11, 1));

        Assert.Equal(TimeSpan.FromHours(9), start.Offset);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 15, 0, 0, TimeSpan.Zero), start);
    }

    [Theory]
    [InlineData("2026-10-31T14:59:59+00:00", "2026-10-31")]
    [InlineData("2026-10-31T15:00:00+00:00", "2026-11-01")]
    [InlineData("2026-11-01T00:00:00+09:00", "2026-11-01")]
    [InlineData("2026-10-31T23:59:59+09:00", "2026-10-31")]
    [InlineData("2026-10-31T10:00:00-05:00", "2026-11-01")]
    public void DateOfAnInstantIsTheDateInJapan(string instant, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), TokyoTime.DateOf(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
