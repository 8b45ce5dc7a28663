using Disclosure.Content;
using Disclosure.Routing;

namespace Disclosure.Rendering.Models;

/// <summary>
/// What every page of one build shares, given to each page model when it is made: the site's settings, the
/// interface's words, which free pages exist, the day of the build, and the menus made from them.
/// </summary>
/// <param name="Strings">The interface's words in the site's language.</param>
/// <param name="PageIds">Ids of the site's free pages, so the menus link only to the pages that exist.</param>
/// <param name="Today">The day of the build in Japan: templates show the day, never the moment, so pages made on the
/// same day are the same.</param>
public sealed record SiteContext(SiteConfig Site, UiStrings Strings, IReadOnlySet<string> PageIds, DateOnly Today)
{
    /// <summary>The main menu, no entry marked current: each page marks its own (<see cref="PageModel.Navigation"/>).</summary>
    public IReadOnlyList<NavLink> Navigation { get; } =
    [
        new(Strings["nav.home"], SiteRoutes.Home),
        new(Strings["nav.assessments"], SiteRoutes.Assessments),
        new(Strings["nav.comment_periods"], SiteRoutes.CommentPeriods),
        new(Strings["nav.meetings"], SiteRoutes.Meetings),
        new(Strings["nav.news"], SiteRoutes.News),
        new(Strings["nav.search"], SiteRoutes.Search),
        .. FreePages(Strings, PageIds, ("nav.about", "about")),
    ];

    /// <summary>The footer's links to the free pages every site is expected to have, those it has.</summary>
    public IReadOnlyList<NavLink> FooterPages { get; } =
        FreePages(Strings, PageIds, ("footer.accessibility", "accessibility"), ("footer.privacy", "privacy"));

    /// <summary>The footer's links to what the site makes itself.</summary>
    public IReadOnlyList<NavLink> FooterLinks { get; } =
    [
        new(Strings["footer.tags"], SiteRoutes.Tags),
        new(Strings["footer.open_data"], SiteRoutes.OpenData),
        new(Strings["footer.feed"], SiteRoutes.SiteFeed),
        new(Strings["footer.calendar"], SiteRoutes.SiteCalendar),
    ];

    private static List<NavLink> FreePages(UiStrings strings, IReadOnlySet<string> pageIds, params (string Key, string Id)[] pages) =>
        pages.Where(p => pageIds.Contains(p.Id)).Select(p => new NavLink(strings[p.Key], SiteRoutes.Page(p.Id))).ToList();
}
