using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using AngleSharp.Dom;

namespace Disclosure.Tests.Language;

/// <summary>A site with <c>language: en</c>: the interface is English, dates read "6 August 2015", nothing Japanese is left.</summary>
public sealed partial class EnglishSiteTests(EnglishSite site) : IClassFixture<EnglishSite>
{
    private const string Assessment = "assessments/health-insurance/index.html";
    private const string OpenPeriod = "comment-periods/health-insurance-comments/index.html";

    [Fact]
    public void The_site_builds_without_problems()
    {
        Assert.True(site.Result.Succeeded, string.Join("\n", site.Result.Diagnostics));
        Assert.Empty(site.Result.Diagnostics);
    }

    [Fact]
    public void Pages_say_they_are_English()
    {
        var page = site.Page(Assessment);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en_GB", page.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));
    }

    [Fact]
    public void The_main_menu_reads_in_English()
    {
        var menu = site.Page("index.html").QuerySelectorAll("nav.site-nav a").Select(a => a.TextContent.Trim());

        Assert.Equal(["Home", "Assessments", "Consultations", "Meetings", "News", "Search", "About this site"], menu);
        Assert.Equal("Main menu", site.Page("index.html").QuerySelector("nav.site-nav")?.GetAttribute("aria-label"));
    }

    [Fact]
    public void Dates_read_day_month_year_inside_time_elements()
    {
        var page = site.Page(Assessment);

        Assert.Contains(page.QuerySelectorAll("time[datetime='2015-08-06']"), t => t.TextContent == "6 August 2015");
        var dates = site.Page(OpenPeriod).QuerySelectorAll("time").Select(t => t.TextContent).ToList();
        Assert.Contains("1 November 2026", dates);
        Assert.Contains("31 March 2027", dates);
        Assert.Contains("Open: 1 November 2026 to 31 March 2027", Text(site.Page(OpenPeriod).QuerySelector(".notice")));
    }

    [Fact]
    public void Status_kind_and_state_labels_are_English()
    {
        var page = site.Page(Assessment);

        Assert.Equal("Full assessment", page.QuerySelector(".eyebrow")?.TextContent);
        Assert.Equal("Published", page.QuerySelector("table.meta .status-published")?.TextContent);
        Assert.Equal("Status: Open", Text(site.Page(OpenPeriod).QuerySelector(".period-state")));
        Assert.Equal("Withdrawn", site.Page("assessments/resident-register/index.html").QuerySelector(".status-withdrawn")?.TextContent);
        var steps = site.Page("schedules/health-insurance/index.html").QuerySelectorAll(".state-label").Select(s => s.TextContent);
        Assert.Equal(["Done", "In progress", "Upcoming"], steps);
        var headings = site.Page("assessments/by-status/index.html").QuerySelectorAll("main h2").Select(h => h.TextContent);
        Assert.Equal(["Under public consultation", "Published", "Withdrawn"], headings);
    }

    [Fact]
    public void Titles_breadcrumbs_and_counts_made_by_the_build_are_English()
    {
        var page = site.Page("assessments/by-updated/index.html");

        Assert.Equal("Assessments (Most recently updated) | Test City Privacy Impact Assessments", page.Title);
        Assert.Equal(["Home", "Assessments"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
        Assert.Equal("Assessments tagged “insurance”", site.Page("tags/insurance/index.html").QuerySelector("h1")?.TextContent);
        Assert.Equal("Page not found", site.Page("404.html").QuerySelector("h1")?.TextContent);
        Assert.Contains("(TXT, 28 bytes)", Text(site.Page(Assessment).QuerySelector("#attachments + ul")));
    }

    [Fact]
    public void No_page_chrome_holds_Japanese()
    {
        var chrome = "title, header, nav, footer, .breadcrumbs, .skip-link, .print-header, .eyebrow, caption, th, label, legend, button";
        var found = site.Pages()
            .SelectMany(path => site.Page(path).QuerySelectorAll(chrome).Select(e => (path, text: Text(e))))
            .Where(x => JapaneseText.In(x.text))
            .Select(x => $"{x.path}: {x.text}");

        Assert.Empty(found);
    }

    [Fact]
    public void No_page_holds_Japanese_anywhere_in_its_text_or_attributes()
    {
        // The content is English, so every Japanese word would come from the interface (templates, C#, scripts' messages).
        var found = site.Pages()
            .SelectMany(path => Words(site.Page(path)).Where(JapaneseText.In).Select(w => $"{path}: {w}"))
            .Distinct();

        Assert.Empty(found);
    }

    [Fact]
    public void No_page_shows_a_missing_string()
    {
        var missing = site.Pages()
            .SelectMany(path => MissingKey().Matches(File.ReadAllText(site.Site.OutputPath(path))).Select(m => $"{path}: {m.Value}"));

        Assert.Empty(missing);
    }

    [Fact]
    public void Script_messages_come_in_English_from_the_page()
    {
        var form = site.Page("search/index.html").QuerySelector("form.search-form")!;
        Assert.Equal("Results for “{0}”: {1}", form.GetAttribute("data-text-found"));
        Assert.Contains("{0}", form.GetAttribute("data-text-none"));

        var opinion = site.Page(OpenPeriod).QuerySelector("textarea#opinion")!;
        Assert.Equal("You have {0} characters remaining", opinion.GetAttribute("data-text-left"));
        Assert.Equal("You have {0} characters too many", opinion.GetAttribute("data-text-over"));
    }

    [Fact]
    public void The_expired_notice_is_English()
    {
        var notice = site.Page("news/old-notice/index.html").QuerySelector(".expired-notice");

        Assert.Equal("This information was taken off the lists on 1 January 2020. It is kept as a record.", Text(notice));
    }

    [Fact]
    public void Feeds_are_English()
    {
        var text = File.ReadAllText(site.Site.OutputPath("feed.xml"));
        using var reader = XmlReader.Create(new StringReader(text));
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("Test City Privacy Impact Assessments: updates", feed.Title.Text);
        Assert.Contains(feed.Items, i => i.Title.Text == "Public consultation opened: Comments on the health insurance assessment");
        Assert.Contains(feed.Items, i => (i.Content as TextSyndicationContent)?.Text == "Open 1 November 2026 to 31 March 2027");
        Assert.False(JapaneseText.In(text), text);
    }

    [Fact]
    public void Calendars_are_English()
    {
        var text = File.ReadAllText(site.Site.OutputPath("comment-periods/health-insurance-comments/calendar.ics"));
        var calendar = Ical.Net.Calendar.Load(text)!;
        var period = Assert.Single(calendar.Events);

        Assert.Equal("Public consultation: Comments on the health insurance assessment", period.Summary);
        Assert.StartsWith("Closes at 23:59 (Japan time) on 31 March 2027.", period.Description);
        // PRODID names the program that wrote the file, not words for the reader.
        Assert.DoesNotContain(text.Split('\n'), line => !line.StartsWith("PRODID", StringComparison.Ordinal) && JapaneseText.In(line));
    }

    [Fact]
    public void Open_data_labels_and_licence_are_English()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(site.Site.OutputPath("data/assessments.json")));
        var assessment = json.RootElement.GetProperty("assessments").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "health-insurance");

        Assert.Equal("Full assessment", assessment.GetProperty("kind_label").GetString());
        Assert.Equal("Published", assessment.GetProperty("status_label").GetString());
        Assert.Equal("Creative Commons Attribution 4.0 International (CC BY 4.0)", json.RootElement.GetProperty("license").GetProperty("name").GetString());
        var schema = site.Page("data/index.html");
        Assert.Equal("Fields of Assessments (assessments)", schema.QuerySelector("#schema-assessments")?.TextContent);
    }

    private static string Text(IElement? element) => Regex.Replace(element?.TextContent ?? "", @"\s+", " ").Trim();

    /// <summary>
    /// Every text and attribute value of a page, scripts aside (their words travel in attributes). Pagefind's filter
    /// names (<c>data-pagefind-filter</c>) are keys of the search index that the search script looks up, never shown.
    /// </summary>
    private static IEnumerable<string> Words(IDocument page) =>
        page.All.Where(e => e.LocalName is not ("script" or "style"))
            .SelectMany(e => e.ChildNodes.OfType<IText>().Select(t => t.Data)
                .Concat(e.Attributes.Where(a => a.Name != "data-pagefind-filter").Select(a => a.Value)))
            .Where(w => w.Trim().Length > 0);

    [GeneratedRegex(@"\[[a-z0-9_]+(\.[a-z0-9_-]+)+\]")]
    private static partial Regex MissingKey();

    [Fact]
    public void The_guideline_facts_read_in_English()
    {
        var page = site.Page("assessments/local-tax/index.html");

        Assert.Equal(" [ended 25 November 2026]", page.QuerySelector("p.ended")?.TextContent);
        Assert.Contains("Assessment is voluntary (under 1,000 people concerned)", page.QuerySelector("table.meta")?.TextContent);
        Assert.Contains("A basic assessment is required", site.Page(Assessment).QuerySelector("table.meta")?.TextContent);
    }
}
