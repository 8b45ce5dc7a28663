using Disclosure.Content;

namespace Disclosure.Routing;

/// <summary>
/// Every URL of the site, in one place: the pages the site makes itself, the documents' pages and the files beside
/// them. Paths are site-absolute (<c>/assessments/</c>); the site's base path is put in front when pages are written.
/// Templates link through this table too, so a URL is changed here or nowhere.
/// </summary>
public static class SiteRoutes
{
    private const string AssessmentFolder = "assessments";
    private const string CommentPeriodFolder = "comment-periods";
    private const string MeetingFolder = "meetings";
    private const string NewsFolder = "news";

    public const string Home = "/";
    public const string Assessments = $"/{AssessmentFolder}/";
    public const string CommentPeriods = $"/{CommentPeriodFolder}/";
    public const string Meetings = $"/{MeetingFolder}/";
    public const string News = $"/{NewsFolder}/";
    public const string Tags = "/tags/";
    public const string OpenData = "/data/";
    public const string Search = "/search/";
    public const string NotFound = "/404.html";

    public const string SiteFeed = "/feed.xml";
    public const string SiteCalendar = "/calendar.ics";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";

    /// <summary>The interface words the comment server shows on its own pages (it reads them from the built site).</summary>
    public const string CommentServerWords = "/comment-server/words.json";

    private const string ByUpdated = "by-updated";
    private const string ByDepartment = "by-department";
    private const string ByStatus = "by-status";

    public const string AssessmentsByUpdated = $"{Assessments}{ByUpdated}/";
    public const string AssessmentsByDepartment = $"{Assessments}{ByDepartment}/";
    public const string AssessmentsByStatus = $"{Assessments}{ByStatus}/";

    /// <summary>The folder the later pages of a long list are in: <c>/path/</c>, <c>/path/page/2/</c>, …</summary>
    private const string ListPageFolder = "page";

    /// <summary>
    /// Ids no assessment may have: the folders of the site's own lists inside <c>/assessments/</c> (the sort orders,
    /// and the folder of the later pages of a long list). Compared ignoring letter case, as some hosts do.
    /// </summary>
    public static readonly IReadOnlyList<string> ReservedAssessmentIds = [ByUpdated, ByDepartment, ByStatus, ListPageFolder];

    public static bool IsReserved(ContentDocument document) =>
        document is Assessment && ReservedAssessmentIds.Contains(document.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Page <paramref name="number"/> (from 1) of a list whose first page is <paramref name="firstPage"/>.</summary>
    public static string ListPage(string firstPage, int number) => number == 1 ? firstPage : $"{firstPage}{ListPageFolder}/{number}/";

    /// <summary>A document's page, e.g. <c>/assessments/x/</c>.</summary>
    public static string Document(DocumentCollection collection, string id) => $"/{FolderOf(collection)}/{id}/";

    /// <summary>A free page (<c>content/pages/</c>) by its id.</summary>
    public static string Page(string id) => Document(DocumentCollection.Pages, id);

    /// <summary>A tag's page; the tag itself is the folder name, escaped in the URL.</summary>
    public static string Tag(string tag) => $"{Tags}{Uri.EscapeDataString(tag)}/";

    /// <summary>One committed version of an assessment, compared with the version before.</summary>
    public static string Revision(Assessment assessment, string shortHash) => $"{assessment.Url}revisions/{shortHash}/";

    public static string Attachment(Assessment assessment, string file) => $"{assessment.Url}{Uri.EscapeDataString(file)}";

    public static string FeedOf(Assessment assessment) => $"{assessment.Url}feed.xml";

    public static string CalendarOf(CommentPeriod period) => $"{period.Url}calendar.ics";

    /// <summary>A data set's file, e.g. <c>/data/assessments.json</c>.</summary>
    public static string DataFile(string name, string extension) => $"{OpenData}{name}.{extension}";

    /// <summary>A file of the theme's <c>assets</c> folder, by its path there.</summary>
    public static string Asset(string name) => $"/assets/{name}";

    /// <summary>Where the comment form posts a period's opinions, on the comment server at <paramref name="endpoint"/>.</summary>
    public static string CommentSubmission(string endpoint, string periodId) => $"{endpoint}/periods/{Uri.EscapeDataString(periodId)}/comments";

    /// <summary>The file a site path is written to: <c>/assessments/x/</c> → <c>assessments/x/index.html</c>; <c>/404.html</c> → <c>404.html</c>.</summary>
    public static string FileOf(string sitePath)
    {
        var path = Uri.UnescapeDataString(sitePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>The collection's folder, in <c>content/</c> and in the site alike.</summary>
    public static string FolderOf(DocumentCollection collection) => collection switch
    {
        DocumentCollection.Assessments => AssessmentFolder,
        DocumentCollection.Schedules => "schedules",
        DocumentCollection.CommentPeriods => CommentPeriodFolder,
        DocumentCollection.Meetings => MeetingFolder,
        DocumentCollection.News => NewsFolder,
        DocumentCollection.Pages => "pages",
        _ => throw new ArgumentOutOfRangeException(nameof(collection)),
    };
}
