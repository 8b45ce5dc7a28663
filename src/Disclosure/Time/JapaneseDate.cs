namespace Disclosure.Time;

/// <summary>
/// Formats dates the way Japanese public documents do: the era year first, the Western year beside it,
/// e.g. 平成27年（2015年）8月6日. The first year of an era is written 元年.
/// </summary>
public static class JapaneseDate
{
    private static readonly (DateOnly Start, string Name)[] Eras =
    [
        (new DateOnly(2019, 5, 1), "令和"),
        (new DateOnly(1989, 1, 8), "平成"),
        (new DateOnly(1926, 12, 25), "昭和"),
        (new DateOnly(1912, 7, 30), "大正"),
        (new DateOnly(1868, 10, 23), "明治"),
    ];

    public static string Format(DateOnly date) => $"{EraYear(date)}（{date.Year}年）{date.Month}月{date.Day}日";

    /// <summary>A range within one year names the year once: 平成27年（2015年）6月22日から7月21日まで.</summary>
    public static string FormatRange(DateOnly start, DateOnly end) =>
        start.Year == end.Year && EraName(start) == EraName(end)
            ? $"{Format(start)}から{end.Month}月{end.Day}日まで"
            : $"{Format(start)}から{Format(end)}まで";

    /// <summary>The era year alone, e.g. 令和元年.</summary>
    public static string EraYear(DateOnly date)
    {
        foreach (var (start, name) in Eras)
        {
            if (date >= start)
            {
                var year = date.Year - start.Year + 1;
                return year == 1 ? $"{name}元年" : $"{name}{year}年";
            }
        }
        return $"{date.Year}年";
    }

    /// <summary>The Western year of an era year (令和7年 → 2025); null for an era this table does not know.</summary>
    public static int? WesternYear(string era, int eraYear) =>
        Eras.FirstOrDefault(e => e.Name == era) is { Name: not null } found ? found.Start.Year + eraYear - 1 : null;

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string EraName(DateOnly date) => Eras.FirstOrDefault(e => date >= e.Start).Name ?? "";
}
