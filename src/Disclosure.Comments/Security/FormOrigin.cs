namespace Disclosure.Comments.Security;

/// <summary>
/// Where a form post came from, as the browser says: <c>Origin</c>, else <c>Referer</c>, else Fetch Metadata. It must be
/// the site's address, or this server's own (the error page sends the corrected form from here). A browser that
/// sends neither Origin nor Referer but says <c>Sec-Fetch-Site: cross-site</c> is refused too.
/// </summary>
public static class FormOrigin
{
    /// <param name="siteOrigin">The site's scheme, host and port, as <see cref="Pages.SitePages.SiteOrigin"/> gives it.</param>
    public static bool IsAllowed(HttpRequest request, string? siteOrigin)
    {
        string[] allowed = siteOrigin is null
            ? [$"{request.Scheme}://{request.Host}"]
            : [siteOrigin, $"{request.Scheme}://{request.Host}"];
        bool Allowed(string origin) => allowed.Contains(origin, StringComparer.OrdinalIgnoreCase);

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Allowed(origin);
        }
        var referer = request.Headers.Referer.ToString();
        if (referer.Length > 0)
        {
            return Uri.TryCreate(referer, UriKind.Absolute, out var from) && Allowed(from.GetLeftPart(UriPartial.Authority));
        }
        // Neither header: an old browser, or a program. Fetch Metadata still tells a cross-site page apart.
        return !request.Headers["Sec-Fetch-Site"].ToString().Equals("cross-site", StringComparison.OrdinalIgnoreCase);
    }
}
