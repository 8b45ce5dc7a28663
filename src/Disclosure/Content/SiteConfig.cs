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
    /// <summary>The path the site is served under, always with leading and trailing slash (<c>/</c> or <c>/hogo/</c>).</summary>
    public string BasePath => BaseUrl.AbsolutePath.EndsWith('/') ? BaseUrl.AbsolutePath : BaseUrl.AbsolutePath + "/";

    /// <summary>Turns a site-absolute path (<c>/assessments/x/</c>) into the path a browser requests.</summary>
    public string Href(string sitePath) => BasePath + sitePath.TrimStart('/');

    public string AbsoluteUrl(string sitePath) => new Uri(BaseUrl, Href(sitePath)).ToString();
}
