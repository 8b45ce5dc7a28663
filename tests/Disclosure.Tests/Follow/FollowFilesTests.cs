using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Disclosure.Tests.Support;
using Ical.Net;

namespace Disclosure.Tests.Follow;

/// <summary>Feeds, calendars, sitemap and open data of the example site, read back with the parsers of their formats.</summary>
public sealed class FollowFilesTests(ExampleSiteDuringPeriod site) : IClassFixture<ExampleSiteDuringPeriod>
{
    [Fact]
    public void The_site_feed_is_valid_atom_with_news_periods_and_results_newest_first()
    {
        var feed = LoadFeed("feed.xml");

        Assert.Equal("https://www.city.minato.example/hogo/feed.xml", feed.Id);
        Assert.NotEmpty(feed.Authors);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self");
        var titles = feed.Items.Select(i => i.Title.Text).ToList();
        Assert.Contains(titles, t => t.Contains("意見募集を始めました") && t.Contains("国民健康保険"));
        Assert.Contains(titles, t => t.Contains("意見募集の結果を公表しました"));
        Assert.Contains(titles, t => t == "国民健康保険に関する事務の全項目評価書（案）について意見を募集しています");
        Assert.All(feed.Items, i => Assert.StartsWith("tag:www.city.minato.example,2015:hogo/", i.Id));
        Assert.All(feed.Items, i => Assert.True(i.LastUpdatedTime <= new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.FromHours(9))));
        var dates = feed.Items.Select(i => i.LastUpdatedTime).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
        Assert.Equal(feed.Items.Count(), feed.Items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Each_assessment_has_its_own_feed_linked_from_its_page()
    {
        var feed = LoadFeed("assessments/kouki-koureisha-iryou/feed.xml");

        Assert.Contains(feed.Items, i => i.Title.Text.Contains("意見募集の結果を公表しました"));
        Assert.DoesNotContain(feed.Items, i => i.Title.Text.Contains("国民健康保険"));
        var page = site.Page("assessments/kouki-koureisha-iryou/index.html");
        var alternates = page.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["/hogo/feed.xml", "/hogo/assessments/kouki-koureisha-iryou/feed.xml"], alternates);
    }

    [Fact]
    public void The_calendar_has_every_period_and_meeting_with_stable_uids_and_a_period_file_shares_the_uid()
    {
        var calendar = Calendar.Load(File.ReadAllText(site.OutputPath("calendar.ics")))!;
        var period = Assert.Single(calendar.Events, e => e.Uid == "period-kokuho-2026-iken@www.city.minato.example/hogo");
        Assert.Equal(new DateOnly(2026, 11, 1), DateOnly.FromDateTime(period.DtStart!.Value));
        Assert.False(period.DtStart.HasTime);
        Assert.Equal(new DateOnly(2027, 4, 1), DateOnly.FromDateTime(period.DtEnd!.Value));
        Assert.Equal(3, calendar.Events.Count(e => e.Uid!.StartsWith("period-", StringComparison.Ordinal)));
        Assert.Equal(3, calendar.Events.Count(e => e.Uid!.StartsWith("meeting-", StringComparison.Ordinal)));

        var single = Calendar.Load(File.ReadAllText(site.OutputPath("comment-periods/kokuho-2026-iken/calendar.ics")))!;
        Assert.Equal(period.Uid, Assert.Single(single.Events).Uid);
        Assert.NotNull(site.Page("comment-periods/kokuho-2026-iken/index.html").QuerySelector("a[href='/hogo/comment-periods/kokuho-2026-iken/calendar.ics']"));
    }

    [Fact]
    public void The_sitemap_lists_every_page_by_absolute_url_and_each_exists()
    {
        var sitemap = XDocument.Load(site.OutputPath("sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locations = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();

        Assert.True(locations.Count >= 45);
        foreach (var location in locations)
        {
            Assert.StartsWith("https://www.city.minato.example/hogo/", location);
            var relative = Uri.UnescapeDataString(location["https://www.city.minato.example/hogo/".Length..]);
            Assert.True(File.Exists(site.OutputPath(relative + "index.html")), location);
        }
        Assert.Contains("Sitemap: https://www.city.minato.example/hogo/sitemap.xml", File.ReadAllText(site.OutputPath("robots.txt")));
    }

    [Fact]
    public void Every_page_has_a_description_and_open_graph_tags()
    {
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var page = HtmlPage.Load(file);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), file);
            Assert.Equal(page.QuerySelector("h1")?.TextContent.Trim(), page.QuerySelector("meta[property='og:title']")?.GetAttribute("content"));
            Assert.StartsWith("https://", page.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        }
    }

    [Fact]
    public void Open_data_json_and_csv_carry_every_published_record_with_absolute_urls()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(site.OutputPath("data/assessments.json")));
        var records = json.RootElement.GetProperty("assessments").EnumerateArray().ToList();
        Assert.Equal(7, records.Count);
        Assert.DoesNotContain(records, r => r.GetProperty("id").GetString() == "jidou-teate-draft");
        var ended = Assert.Single(records, r => r.GetProperty("id").GetString() == "kobetsu-yobou-sesshu");
        Assert.Equal("2026-09-30", ended.GetProperty("ended").GetString());
        var judged = Assert.Single(records, r => r.GetProperty("id").GetString() == "juminkihon-daichou");
        Assert.Equal(["basic", "focused"], judged.GetProperty("threshold_required").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(320, judged.GetProperty("handlers_count").GetInt32());
        Assert.False(judged.GetProperty("serious_incident").GetBoolean());
        Assert.All(records, r => Assert.StartsWith("https://www.city.minato.example/hogo/assessments/", r.GetProperty("url").GetString()));
        Assert.Equal("https://creativecommons.org/licenses/by/4.0/deed.ja", json.RootElement.GetProperty("license").GetProperty("url").GetString());

        var csv = File.ReadAllBytes(site.OutputPath("data/assessments.csv"));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,title,kind,kind_label,", lines[0]);
        Assert.Equal(8, lines.Length);

        using var periods = JsonDocument.Parse(File.ReadAllText(site.OutputPath("data/comment-periods.json")));
        var open = periods.RootElement.GetProperty("periods").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "kokuho-2026-iken");
        Assert.Equal("open", open.GetProperty("state").GetString());
        Assert.Equal(4000, open.GetProperty("max_length").GetInt32());

        using var schedules = JsonDocument.Parse(File.ReadAllText(site.OutputPath("data/schedules.json")));
        var steps = schedules.RootElement.GetProperty("schedules").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "kouki-2015").GetProperty("steps");
        Assert.Equal(9, steps.GetArrayLength());
        var first = steps[0];
        Assert.Equal(["title", "start", "end", "state", "note", "url"], first.EnumerateObject().Select(p => p.Name));
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", first.GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.String, first.GetProperty("title").ValueKind);
    }

    [Fact]
    public void The_schema_page_documents_every_field_of_every_file()
    {
        var page = site.Page("data/index.html");
        using var json = JsonDocument.Parse(File.ReadAllText(site.OutputPath("data/assessments.json")));
        var documented = page.QuerySelectorAll("#caption-assessments ~ tbody th code, table:has(#caption-assessments) tbody th code").Select(c => c.TextContent).ToList();
        var fields = json.RootElement.GetProperty("assessments")[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(fields, documented);
        Assert.Contains("CC BY 4.0", page.QuerySelector("main")!.TextContent);
    }

    private SyndicationFeed LoadFeed(string relativePath)
    {
        using var reader = XmlReader.Create(site.OutputPath(relativePath));
        return SyndicationFeed.Load(reader);
    }
}
