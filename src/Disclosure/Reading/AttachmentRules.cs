namespace Disclosure.Reading;

/// <summary>What an attachment may be: a document to download, never something a browser would run on the site.</summary>
public static class AttachmentRules
{
    /// <summary>GitHub refuses larger files, and the leak check reads every attachment whole.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    /// <summary>
    /// Types a browser opens as a page of the site, where their scripts would run with the site's address (and, for
    /// the comment form, its trust): HTML, SVG, XML, scripts.
    /// </summary>
    private static readonly string[] ActiveTypes = [".html", ".htm", ".xhtml", ".xht", ".shtml", ".svg", ".svgz", ".xml", ".xsl", ".xslt", ".js", ".mjs"];

    /// <summary>Names the build writes into the assessment's own folder.</summary>
    private static readonly string[] Reserved = ["index.html", "feed.xml", "revisions"];

    public static bool IsActive(string file) => ActiveTypes.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase);

    public static bool IsReserved(string file) => Reserved.Contains(file, StringComparer.OrdinalIgnoreCase);
}
