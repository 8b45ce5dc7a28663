using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Disclosure.Content;
using Disclosure.Rendering;
using Disclosure.Routing;
using Disclosure.Time;

namespace Disclosure.Syndication;

/// <summary>Writes an Atom feed (RFC 4287) with System.ServiceModel.Syndication.</summary>
public static class AtomFeed
{
    public const int MaxEntries = 50;

    public static string Write(SiteConfig site, UiStrings strings, string title, string selfPath, string alternatePath, IEnumerable<SiteEvent> events, DateTimeOffset now)
    {
        var entries = events.Take(MaxEntries).ToList();
        var feed = new SyndicationFeed(title, site.Description.Length > 0 ? site.Description : site.Title, new Uri(site.AbsoluteUrl(alternatePath)))
        {
            Id = site.AbsoluteUrl(selfPath),
            Language = site.Language,
            LastUpdatedTime = entries.Count > 0 ? TokyoTime.StartOf(entries[0].Date) : now,
            Copyright = new TextSyndicationContent(strings.Format("feed.copyright", site.Organization, site.License.Name)),
        };
        feed.Authors.Add(new SyndicationPerson(site.Contact.Email, site.Organization, site.AbsoluteUrl(SiteRoutes.Home)));
        feed.Links.Add(new SyndicationLink(new Uri(site.AbsoluteUrl(selfPath)), "self", title, "application/atom+xml", 0));
        feed.Items = entries.Select(e =>
        {
            var item = new SyndicationItem(e.Title, e.Summary, new Uri(site.AbsoluteUrl(e.Path)))
            {
                // A tag URI (RFC 4151): stable even if the site moves to another address.
                Id = $"tag:{site.BaseUrl.Host},2015:{site.BasePath.Trim('/')}/{e.Key}",
                LastUpdatedTime = TokyoTime.StartOf(e.Date),
                PublishDate = TokyoTime.StartOf(e.Date),
            };
            item.Categories.Add(new SyndicationCategory(e.Category));
            return item;
        }).ToList();

        var output = new StringBuilder();
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = Encoding.UTF8 }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"");
    }
}
