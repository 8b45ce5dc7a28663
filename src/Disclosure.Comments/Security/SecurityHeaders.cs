using Disclosure.Comments.Pages;

namespace Disclosure.Comments.Security;

/// <summary>
/// Headers every answer carries. The server's pages load the site's style sheet and script (from this server, which
/// serves the site's assets, or from the site) and nothing else; they may not be framed; they are never cached (the
/// site's assets aside), as receipt and error pages echo what a citizen typed (name, email, address); and no referrer
/// leaves with a receipt number in it.
/// </summary>
public static class SecurityHeaders
{
    private static SitePolicy _policy = new("", "");

    /// <summary>
    /// The policy for the site's origin, made again only when that changes. One object swapped whole, so a server
    /// answering for another site (tests and the preview run several in one process) never pairs an origin with
    /// another's policy.
    /// </summary>
    private static string Policy(string? site)
    {
        var known = _policy;
        if (known.Site == site)
        {
            return known.Policy;
        }
        var sources = site is null ? "'self'" : $"'self' {site}";
        var policy = $"default-src 'none'; style-src {sources}; script-src {sources}; img-src {sources} data:; font-src {sources}; "
            + $"form-action {sources}; frame-ancestors 'none'; base-uri 'none'";
        _policy = new SitePolicy(site, policy);
        return policy;
    }

    private sealed record SitePolicy(string? Site, string Policy);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = Policy(http.RequestServices.GetRequiredService<SitePages>().SiteOrigin());
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Not no-referrer: with it the browser sends "Origin: null", and the corrected form from the error page would be refused.
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        await next(http);
    });
}
