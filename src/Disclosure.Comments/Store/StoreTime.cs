using System.Data.Common;
using System.Globalization;

namespace Disclosure.Comments.Store;

/// <summary>
/// Times as staff see them: ISO 8601 in Japan time. SQLite keeps them as this text, readable in any SQLite tool;
/// PostgreSQL keeps <c>timestamptz</c> and <c>date</c>, and they are shown the same way.
/// </summary>
public static class StoreTime
{
    private static readonly TimeSpan Tokyo = TimeSpan.FromHours(9);

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Tokyo).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Reads an instant from either store: ISO text (SQLite) or a UTC <c>timestamptz</c> (PostgreSQL).</summary>
    public static DateTimeOffset Read(DbDataReader reader, int ordinal) => reader.GetValue(ordinal) switch
    {
        string text => Parse(text),
        DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
        DateTimeOffset instant => instant,
        var other => throw new InvalidCastException($"Column {reader.GetName(ordinal)} holds {other.GetType().Name}, not a time."),
    };
}
