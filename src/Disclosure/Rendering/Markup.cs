using System.Globalization;
using System.Net;
using Disclosure.History;
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

    /// <summary>
    /// A diff as one run of HTML with no formatting white space (the text is shown with its own line breaks):
    /// insertions and deletions carry hidden words, so a screen reader announces where each starts and ends.
    /// </summary>
    public static string Diff(IEnumerable<DiffSegment> segments)
    {
        var html = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            var text = WebUtility.HtmlEncode(segment.Text);
            html.Append(segment.Kind switch
            {
                DiffKind.Inserted => $"<ins class=\"diff\"><span class=\"visually-hidden\">追加開始：</span>{text}<span class=\"visually-hidden\">：追加終了</span></ins>",
                DiffKind.Deleted => $"<del class=\"diff\"><span class=\"visually-hidden\">削除開始：</span>{text}<span class=\"visually-hidden\">：削除終了</span></del>",
                _ => text,
            });
        }
        return html.ToString();
    }

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
