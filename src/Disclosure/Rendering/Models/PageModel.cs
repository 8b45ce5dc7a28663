using System.Globalization;
using System.Net;
using Disclosure.Content;
using Disclosure.Routing;
using Disclosure.Search;
using Disclosure.Time;

namespace Disclosure.Rendering.Models;

/// <summary>
/// What every page's layout needs. Templates get a subclass with the page's own data; a model is made complete
/// (nothing is filled in later) and never changes.
/// </summary>
public abstract class PageModel
{
    /// <summary>What every page of the build shares: the site, its words, its free pages and the day of the build.</summary>
    public required SiteContext Context { get; init; }

    public SiteConfig Site => Context.Site;

    /// <summary>The interface's words in the site's language.</summary>
    public UiStrings Strings => Context.Strings;

    public DateOnly Today => Context.Today;

    public required string Title { get; init; }

    /// <summary>Site-absolute path of this page (<c>/assessments/x/</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The pages above this one, from the home page down; the current page is not included.</summary>
    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];

    /// <summary>Which main menu entry this page belongs to (its path), marked as current.</summary>
    public string Section { get; init; } = SiteRoutes.Home;

    public string? Description { get; init; }

    /// <summary>
    /// The document the page shows, if any: its listing period gives the page's expiry notice, and problems found on
    /// the page are reported against it.
    /// </summary>
    public virtual ContentDocument? Document => null;

    /// <summary>The main menu, with this page's entry marked.</summary>
    public IReadOnlyList<NavLink> Navigation => Context.Navigation.Select(link => link with { Current = link.Path == Section }).ToList();

    /// <inheritdoc cref="SiteContext.FooterPages"/>
    public IReadOnlyList<NavLink> FooterPages => Context.FooterPages;

    /// <inheritdoc cref="SiteContext.FooterLinks"/>
    public IReadOnlyList<NavLink> FooterLinks => Context.FooterLinks;

    public string T(string key) => Strings[key];

    public string T(string key, params object?[] arguments) => Strings.Format(key, arguments);

    public string Label(AssessmentKind kind) => Strings.Of(kind);

    public string Label(AssessmentStatus status) => Strings.Of(status);

    public string Label(StepState state) => Strings.Of(state);

    public string Label(CommentPeriodState state) => Strings.Of(state);

    public string Label(CommentField field) => Strings.Of(field);

    public string Label(DocumentCollection collection) => Strings.Of(collection);

    public string Label(SubmissionTiming timing) => Strings.Of(timing);

    /// <summary>A date in the site's language inside <c>&lt;time datetime&gt;</c>.</summary>
    public HtmlFragment Time(DateOnly date) =>
        new($"<time datetime=\"{JapaneseDate.Iso(date)}\">{WebUtility.HtmlEncode(Strings.Date(date))}</time>");

    /// <summary>A span of days (one date when start and end are the same day).</summary>
    public HtmlFragment TimeRange(DateOnly start, DateOnly end) =>
        start == end ? Time(start) : WithHtml(Strings["date.range"], Time(start), Time(end));

    /// <summary>
    /// A sentence from the strings with a date in its {0}: the sentence is encoded, so the only markup is the
    /// <c>&lt;time&gt;</c> element. Lets a translation put the date wherever its grammar wants it.
    /// </summary>
    public HtmlFragment TextWithTime(string key, DateOnly date) => WithHtml(Strings[key], Time(date));

    /// <summary>A sentence from the strings with a span of days (<see cref="TimeRange"/>) in its {0}.</summary>
    public HtmlFragment TextWithTimeRange(string key, DateOnly start, DateOnly end) => WithHtml(Strings[key], TimeRange(start, end));

    private static HtmlFragment WithHtml(string pattern, params HtmlFragment[] parts) =>
        new(string.Format(CultureInfo.InvariantCulture, WebUtility.HtmlEncode(pattern), parts.Select(p => p.Html).ToArray<object>()));

    /// <summary>
    /// 【…終了】 after an ended affair's title, as the assessment forms ask, wherever the assessment is shown; 【…終了予定】
    /// before the day; nothing for an affair that has not ended.
    /// </summary>
    public HtmlFragment EndedMark(Assessment assessment) => assessment.Ended is not { } ended
        ? HtmlFragment.Empty
        : new($"<span class=\"ended-mark\">{TextWithTime(assessment.HasEndedBy(Today) ? "assessment.ended_mark" : "assessment.ending_mark", ended).Html}</span>");

    /// <summary>A partial's data together with this page, so the partial can use the page's strings and dates.</summary>
    public PartialModel<T> With<T>(T data) => new(this, data);

    /// <summary>The day the shown document's listing period ended, if it has: the page then carries a notice.</summary>
    public DateOnly? ExpiredOn => Document?.Publication is { } publication && publication.IsExpiredOn(Today) ? publication.ExpiresAt : null;

    /// <summary>Atom feeds offered on this page (<c>link rel="alternate"</c>): the site's, and the assessment's own.</summary>
    public IReadOnlyList<Breadcrumb> Feeds => Document is Assessment a
        ? [SiteFeed, new Breadcrumb(T("feed.assessment", a.Title), SiteRoutes.FeedOf(a))]
        : [SiteFeed];

    private Breadcrumb SiteFeed => new(T("feed.site"), SiteRoutes.SiteFeed);

    /// <summary>The visible words of the body's headings shown as h2–h4 (<see cref="Markdown.RenderedMarkdown.SearchHeadings"/>), for the site search.</summary>
    public IReadOnlyList<string> BodyHeadings { get; init; } = [];

    /// <summary>The site search's attributes for the start tag of <c>&lt;main&gt;</c> (<see cref="SearchIndexAttributes"/>).</summary>
    public HtmlFragment SearchAttributes => SearchIndexAttributes.For(this);

    /// <summary>The description for search engines and link previews: the page's own, or the site's.</summary>
    public string MetaDescription => Description ?? (Site.Description.Length > 0 ? T("meta.description", Title, Site.Description) : T("meta.description", Site.Title, Title));

    public bool IsHome => Path == SiteRoutes.Home;

    public string DocumentTitle => IsHome ? Site.Title : $"{Title} | {Site.Title}";
}
