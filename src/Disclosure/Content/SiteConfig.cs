namespace Disclosure.Content;

public sealed record SiteConfig(
    string Title,
    string Organization,
    Uri BaseUrl,
    string Language,
    string CommentEndpoint,
    ContactInfo Contact,
    bool AllowHtml)
{
    /// <summary>The licence of the site's content and open data; Creative Commons Attribution 4.0 unless site.yml says otherwise.</summary>
    public License License { get; init; } = License.Default;

    /// <summary>
    /// Whether a line break inside a paragraph between two East Asian wide characters is removed rather than shown as
    /// a space: on for a Japanese site unless site.yml sets <c>markdown: {east_asian_line_breaks: false}</c>.
    /// </summary>
    public bool EastAsianLineBreaks { get; init; } = true;

    /// <summary>One sentence about the site, for search engines and link previews.</summary>
    public string Description { get; init; } = "";

    /// <summary>
    /// Whether revision lists and feeds show each version's commit message (<c>history: {commit_messages: true}</c>).
    /// Off by default: commit messages are written by staff for staff, and the public record of a change is the
    /// assessment's own <c>changes:</c>.
    /// </summary>
    public bool PublishCommitMessages { get; init; }

    /// <summary>The path the site is served under, always with leading and trailing slash (<c>/</c> or <c>/hogo/</c>).</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>Turns a site-absolute path (<c>/assessments/x/</c>) into the path a browser requests.</summary>
    public string Href(string sitePath) => BasePath + sitePath.TrimStart('/');

    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, Href(sitePath)).ToString();
}
