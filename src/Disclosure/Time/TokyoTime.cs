namespace Disclosure.Time;

/// <summary>Dates in content are Japan dates; Japan has no daylight saving, so the offset is fixed.</summary>
public static class TokyoTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    public static DateTimeOffset StartOf(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), Offset);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);
}
