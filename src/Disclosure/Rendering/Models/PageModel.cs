using Disclosure.Content;
using Disclosure.Time;

namespace Disclosure.Rendering.Models;

/// <summary>What every page's layout needs. Templates get a subclass with the page's own data.</summary>
public abstract class PageModel
{
    public required SiteConfig Site { get; init; }
    public required string Title { get; init; }

    /// <summary>Site-absolute path of this page (<c>/assessments/x/</c>).</summary>
    public required string Path { get; init; }

    public required DateTimeOffset Now { get; init; }

    /// <summary>The pages above this one, from the home page down; the current page is not included.</summary>
    public IReadOnlyList<Breadcrumb> Breadcrumbs { get; init; } = [];

    /// <summary>Which main navigation entry this page belongs to (its path), marked as current.</summary>
    public string Section { get; init; } = "/";

    public string? Description { get; init; }

    /// <summary>Ids of the site's free pages, so the layout links only to the pages that exist.</summary>
    public IReadOnlySet<string> PageIds { get; internal set; } = new HashSet<string>();

    public bool HasPage(string id) => PageIds.Contains(id);

    /// <summary>The day the shown document's listing period ended, if it has: the page then carries a notice.</summary>
    public DateOnly? ExpiredOn { get; internal set; }

    public DateOnly Today => TokyoTime.DateOf(Now);

    /// <summary>Atom feeds offered on this page (<c>link rel="alternate"</c>): the site's, and the document's own.</summary>
    public IReadOnlyList<Breadcrumb> Feeds { get; internal set; } = [];

    /// <summary>The description for search engines and link previews: the page's own, or the site's.</summary>
    public string MetaDescription => Description ?? (Site.Description.Length > 0 ? $"{Title}：{Site.Description}" : $"{Site.Title}：{Title}");

    public bool IsHome => Path == "/";

    public string DocumentTitle => IsHome ? Site.Title : $"{Title} | {Site.Title}";
}
