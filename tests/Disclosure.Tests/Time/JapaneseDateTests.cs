using Disclosure.Time;

namespace Disclosure.Tests.Time;

public sealed class JapaneseDateTests
{
    [Theory]
    [InlineData(2015, 8, 6, "平成27年（2015年）8月6日")]
    [InlineData(2019, 4, 30, "平成31年（2019年）4月30日")]
    [InlineData(2019, 5, 1, "令和元年（2019年）5月1日")]
    [InlineData(1989, 1, 7, "昭和64年（1989年）1月7日")]
    [InlineData(1989, 1, 8, "平成元年（1989年）1月8日")]
    [InlineData(2026, 11, 30, "令和8年（2026年）11月30日")]
    public void FormatsTheEraYearBesideTheWesternYear(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, JapaneseDate.Format(new DateOnly(year, month, day)));
    }

    [Fact]
    public void RangeWithinOneYearNamesTheYearOnce()
    {
        Assert.Equal(
            "平成27年（2015年）6月22日から7月21日まで",
            JapaneseDate.FormatRange(new DateOnly(2015, 6, 22), new DateOnly(2015, 7, 21)));
    }

    [Fact]
    public void RangeAcrossYearsNamesBothYears()
    {
        Assert.Equal(
            "令和8年（2026年）11月1日から令和9年（2027年）3月31日まで",
            JapaneseDate.FormatRange(new DateOnly(2026, 11, 1), new DateOnly(2027, 3, 31)));
    }

    [Fact]
    public void RangeAcrossAnEraChangeNamesBothEras()
    {
        Assert.Equal(
            "平成31年（2019年）4月1日から令和元年（2019年）5月31日まで",
            JapaneseDate.FormatRange(new DateOnly(2019, 4, 1), new DateOnly(2019, 5, 31)));
    }

    [Fact]
    public void IsoFormIsForMachines()
    {
        Assert.Equal("2015-08-06", JapaneseDate.Iso(new DateOnly(2015, 8, 6)));
    }
}
