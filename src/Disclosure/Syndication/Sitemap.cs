using System.Xml.Linq;
using Disclosure.Content;
using Disclosure.Routing;

namespace Disclosure.Syndication;

/// <summary><c>sitemap.xml</c> (sitemaps.org protocol) and <c>robots.txt</c> that points to it.</summary>
public static class Sitemap
{
    private static readonly XNamespace Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Write(SiteConfig site, IEnumerable<(string Path, DateOnly? LastModified)> pages)
    {
        var urls = pages.Select(p => new XElement(Namespace + "url",
            new XElement(Namespace + "loc", site.AbsoluteUrl(p.Path)),
            p.LastModified is { } date ? new XElement(Namespace + "lastmod", date.ToString("yyyy-MM-dd")) : null)).ToList();
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Namespace + "urlset", urls));
        return $"{document.Declaration}\n{document.Root}\n";
    }

    /// <remarks>Crawlers read robots.txt only at the root of a host: under a sub-path it is written for the host's owner to merge.</remarks>
    public static string Robots(SiteConfig site) => $"User-agent: *\nAllow: {site.BasePath}\nSitemap: {site.AbsoluteUrl(SiteRoutes.Sitemap)}\n";
}
