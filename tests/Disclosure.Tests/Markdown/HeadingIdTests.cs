using Disclosure.Tests.Support;

namespace Disclosure.Tests.Markdown;

/// <summary>Japanese headings get readable ids that stay the same from build to build, so links to them keep working.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class HeadingIdTests(ExampleSiteDuringPeriod during, ExampleSiteBeforePeriod before)
{
    private const string Kouki = "assessments/kouki-koureisha-iryou/index.html";

    private static IReadOnlyList<string> HeadingIds(ExampleSite site, string page) =>
        site.Page(page).QuerySelectorAll(".prose h2, .prose h3").Select(h => h.Id ?? "").ToList();

    [Fact]
    public void JapaneseHeadingsKeepTheirJapaneseText()
    {
        var ids = HeadingIds(during, Kouki);

        Assert.Contains("修正履歴", ids);
        Assert.Contains("使用するシステム", ids);
        Assert.All(ids, id => Assert.False(string.IsNullOrWhiteSpace(id)));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public void IdsAreTheSameInTwoBuilds()
    {
        var first = HeadingIds(during, Kouki);
        var second = HeadingIds(before, Kouki);

        Assert.NotEmpty(first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void TableOfContentsLinksToHeadingsThatExist()
    {
        var page = during.Page(Kouki);
        var tocLinks = page.QuerySelectorAll("nav.toc a[href]").Select(a => a.GetAttribute("href")!).ToList();
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToHashSet();

        Assert.True(tocLinks.Count >= 5);
        Assert.All(tocLinks, href =>
        {
            Assert.StartsWith("#", href);
            Assert.Contains(Uri.UnescapeDataString(href[1..]), ids);
        });
        Assert.Contains("#修正履歴", tocLinks.Select(Uri.UnescapeDataString));
    }
}
