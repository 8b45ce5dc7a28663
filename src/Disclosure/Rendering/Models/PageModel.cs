using Disclosure.Content;
using Disclosure.Rendering;
using Disclosure.Time;

namespace Disclosure.Rendering.Models;

/// <summary>What every page's layout needs. Templates get a subclass with the page's own data.</summary>
public abstract class PageModel
{
    [SiteWide]
    public required SiteConfig Site { get; init; }
    public required string Title { get; init; }

    /// <summary>Site-absolute path of this page (<c>/assessments/x/</c>).</summary>
    public required string Path { get; init; }

    /// <remarks>Site-wide by its day: templates show dates, never the moment of the build.</remarks>
    [SiteWide]
    public required DateTimeOffset Now { get; init; }

    /// <summary>The pages above this one, from the home page down; the current page is not included.</summary>
    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];

    /// <summary>Which main navigation entry this page belongs to (its path), marked as current.</summary>
    public string Section { get; init; } = "/";

    public string? Description { get; init; }

    /// <summary>Ids of the site's free pages, so the layout links only to the pages that exist.</summary>
    [SiteWide]
    public IReadOnlySet<string> PageIds { get; internal set; } = new HashSet<string>();

    public bool HasPage(string id) => PageIds.Contains(id);

    /// <summary>The interface's words in the site's language.</summary>
    [SiteWide]
    public UiStrings Strings { get; internal set; } = null!;

    public string T(string key) => Strings[key];

    public string T(string key, params object?[] arguments) => Strings.Format(key, arguments);

    public string Label(AssessmentKind kind) => Strings.Of(kind);

    public string Label(AssessmentStatus status) => Strings.Of(status);

    public string Label(StepState state) => Strings.Of(state);

    public string Label(CommentPeriodState state) => Strings.Of(state);

    public string Label(CommentField field) => Strings.Of(field);

    public string Label(DocumentCollection collection) => Strings.Of(collection);

    /// <summary>A date in the site's language inside <c>&lt;time datetime&gt;</c>, as HTML.</summary>
    public string Time(DateOnly date) =>
        $"<time datetime=\"{JapaneseDate.Iso(date)}\">{System.Net.WebUtility.HtmlEncode(Strings.Date(date))}</time>";

    /// <summary>A span of days as HTML (one date when start and end are the same day).</summary>
    public string TimeRange(DateOnly start, DateOnly end) =>
        start == end ? Time(start) : string.Format(System.Globalization.CultureInfo.InvariantCulture,
            System.Net.WebUtility.HtmlEncode(Strings["date.range"]), Time(start), Time(end));

    /// <summary>
    /// A sentence from the strings with a date in its {0}, as HTML: the sentence is encoded, so the only markup is
    /// the <c>&lt;time&gt;</c> element. Lets a translation put the date wherever its grammar wants it.
    /// </summary>
    public string TextWithTime(string key, DateOnly date) => WithHtml(key, Time(date));

    /// <summary>A sentence from the strings with a span of days (<see cref="TimeRange"/>) in its {0}, as HTML.</summary>
    public string TextWithTimeRange(string key, DateOnly start, DateOnly end) => WithHtml(key, TimeRange(start, end));

    private string WithHtml(string key, string html) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, System.Net.WebUtility.HtmlEncode(Strings[key]), html);

    /// <summary>A partial's data together with this page, so the partial can use the page's strings and dates.</summary>
    public PartialModel<T> With<T>(T data) => new(this, data);

    /// <summary>The day the shown document's listing period ended, if it has: the page then carries a notice.</summary>
    public DateOnly? ExpiredOn { get; internal set; }

    public DateOnly Today => TokyoTime.DateOf(Now);

    /// <summary>Atom feeds offered on this page (<c>link rel="alternate"</c>): the site's, and the document's own.</summary>
    public IReadOnlyList<Breadcrumb> Feeds { get; internal set; } = [];

    /// <summary>The description for search engines and link previews: the page's own, or the site's.</summary>
    public string MetaDescription => Description ?? (Site.Description.Length > 0 ? T("meta.description", Title, Site.Description) : T("meta.description", Site.Title, Title));

    public bool IsHome => Path == "/";

    public string DocumentTitle => IsHome ? Site.Title : $"{Title} | {Site.Title}";
}
