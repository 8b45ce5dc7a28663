using System.Globalization;
using System.Net;
using Disclosure.History;

namespace Disclosure.Rendering;

/// <summary>Small pieces of text and HTML the templates repeat. Every value in the HTML is encoded here, as Razor would.</summary>
/// <remarks>Dates are written by the page model (<c>Model.Time</c>, <c>Model.TimeRange</c>), which knows the site's language.</remarks>
public static class Markup
{
    public static string FileSize(long bytes, UiStrings strings) => bytes switch
    {
        < 1024 => strings.Format("size.bytes", bytes),
        < 1024 * 1024 => strings.Format("size.kb", (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)),
        _ => strings.Format("size.mb", (bytes / 1024.0 / 1024.0).ToString("0.#", CultureInfo.InvariantCulture)),
    };

    /// <summary>
    /// A diff as one run of HTML with no formatting white space (the text is shown with its own line breaks):
    /// insertions and deletions carry hidden words, so a screen reader announces where each starts and ends.
    /// </summary>
    public static HtmlFragment Diff(IEnumerable<DiffSegment> segments, UiStrings strings)
    {
        string Hidden(string key) => $"<span class=\"visually-hidden\">{WebUtility.HtmlEncode(strings[key])}</span>";
        var html = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            var text = WebUtility.HtmlEncode(segment.Text);
            html.Append(segment.Kind switch
            {
                DiffKind.Inserted => $"<ins class=\"diff\">{Hidden("diff.inserted_start")}{text}{Hidden("diff.inserted_end")}</ins>",
                DiffKind.Deleted => $"<del class=\"diff\">{Hidden("diff.deleted_start")}{text}{Hidden("diff.deleted_end")}</del>",
                _ => text,
            });
        }
        return new HtmlFragment(html.ToString());
    }

    public static string Number(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
