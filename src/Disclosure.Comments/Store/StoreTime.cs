using System.Globalization;

namespace Disclosure.Comments.Store;

/// <summary>Times are stored as ISO 8601 text in Japan time, readable in any SQLite tool.</summary>
public static class StoreTime
{
    private static readonly TimeSpan Tokyo = TimeSpan.FromHours(9);

    public static string Format(DateTimeOffset instant) =>
        instant.ToOffset(Tokyo).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
