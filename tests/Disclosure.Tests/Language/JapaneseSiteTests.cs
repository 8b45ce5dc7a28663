using System.Text.RegularExpressions;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Language;

/// <summary>The example site, in the default language: every word the templates ask for is in ja.yml.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed partial class JapaneseSiteTests(ExampleSiteDuringPeriod site)
{
    [Fact]
    public void No_page_shows_a_missing_string()
    {
        var missing = Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .SelectMany(path => MissingKey().Matches(File.ReadAllText(path)).Select(m => $"{path}: {m.Value}"));

        Assert.Empty(missing);
    }

    [Fact]
    public void Dates_stay_in_the_Japanese_era_with_the_Western_year()
    {
        var page = site.Page("meetings/subcommittee-2015-08-06/index.html");

        Assert.Contains(page.QuerySelectorAll("time[datetime='2015-08-06']"), t => t.TextContent == "平成27年（2015年）8月6日");
        Assert.Equal("ja_JP", page.QuerySelector("meta[property='og:locale']")?.GetAttribute("content"));
    }

    [Fact]
    public void Values_sit_in_Japanese_sentences_without_spaces()
    {
        var home = site.Page("index.html");

        Assert.Contains("みなと市がマイナンバー", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("みなと市 が", home.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\[[a-z0-9_]+(\.[a-z0-9_-]+)+\]")]
    private static partial Regex MissingKey();
}
