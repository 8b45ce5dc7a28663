namespace Disclosure.Pipeline;

public static class SitePaths
{
    /// <summary>
    /// Ids no assessment may have: the folders of the site's own lists inside <c>/assessments/</c> (the sort orders,
    /// and <c>page</c> for the pages of a long list). Compared ignoring letter case, as some hosts do.
    /// </summary>
    public static readonly IReadOnlyList<string> ReservedAssessmentIds = [ByUpdated, ByDepartment, ByStatus, Rendering.Models.Pagination.Folder];

    private const string ByUpdated = "by-updated";
    private const string ByDepartment = "by-department";
    private const string ByStatus = "by-status";

    public const string AssessmentsByUpdated = $"/assessments/{ByUpdated}/";
    public const string AssessmentsByDepartment = $"/assessments/{ByDepartment}/";
    public const string AssessmentsByStatus = $"/assessments/{ByStatus}/";

    /// <summary>What staff are told when a document's URL is one the site itself uses.</summary>
    public static string Clash(string url) => $"このページの URL「{url}」は、サイトが使う別のページと重なります。ファイル名（ID）を変えてください";

    public static bool IsReserved(Content.ContentDocument document) =>
        document is Content.Assessment && ReservedAssessmentIds.Contains(document.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary><c>/assessments/x/</c> → <c>assessments/x/index.html</c>; <c>/404.html</c> → <c>404.html</c>.</summary>
    public static string ToFile(string sitePath)
    {
        var path = Uri.UnescapeDataString(sitePath).TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }

    /// <summary>A tag's page; the tag itself is the folder name, escaped in the URL.</summary>
    public static string Tag(string tag) => $"/tags/{Uri.EscapeDataString(tag)}/";
}
