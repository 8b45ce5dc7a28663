namespace Disclosure.Markdown;

/// <param name="Written">The link as staff wrote it.</param>
/// <param name="SitePath">Where it points, site-absolute (<c>/assessments/x/#y</c>); null for external links.</param>
/// <param name="Line">The file line it was written on.</param>
public sealed record MarkdownLink(string Written, string? SitePath, int Line);
