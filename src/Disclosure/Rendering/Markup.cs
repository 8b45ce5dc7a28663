using System.Globalization;
using System.Net;
using Disclosure.Time;

namespace Disclosure.Rendering;

/// <summary>Small pieces of HTML the templates repeat. Every value is encoded here, as Razor would.</summary>
public static class Markup
{
    /// <summary>A date in 和暦 with 西暦, machine-readable: <c>&lt;time datetime="2015-08-06"&gt;平成27年（2015年）8月6日&lt;/time&gt;</c>.</summary>
    public static string Time(DateOnly date) =>
        $"<time datetime=\"{JapaneseDate.Iso(date)}\">{WebUtility.HtmlEncode(JapaneseDate.Format(date))}</time>";

    public static string TimeRange(DateOnly start, DateOnly end) =>
        start == end ? Time(start) : $"{Time(start)}から{Time(end)}まで";

    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} バイト",
        < 1024 * 1024 => $"{(bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)} MB",
    };

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
