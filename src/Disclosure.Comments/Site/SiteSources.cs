using Disclosure.Comments.Options;

namespace Disclosure.Comments.Site;

/// <summary>The site the settings name: a folder (<c>Comments__SitePath</c>), else the published site (<c>Comments__SiteUrl</c>), else <c>output</c>.</summary>
public static class SiteSources
{
    public const string DefaultSitePath = "output";

    public static ISiteSource Create(CommentServerOptions options, IServiceProvider services)
    {
        if (options.SitePath.Length > 0 || options.SiteUrl.Length == 0)
        {
            return new LocalSiteFolder(options.SitePath.Length > 0 ? options.SitePath : DefaultSitePath);
        }
        var site = new Uri(options.SiteUrl.EndsWith('/') ? options.SiteUrl : options.SiteUrl + "/");
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(PublishedSite));
        return new PublishedSite(site, http, TimeSpan.FromSeconds(options.SiteRefreshSeconds), services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<PublishedSite>>());
    }
}
