using Disclosure.Tests.Support;

namespace Disclosure.Tests.Search;

/// <summary>What the built pages tell Pagefind: documents are indexed (only their main region), lists are not.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class SearchMarkupTests(ExampleSiteDuringPeriod site)
{
    [Fact]
    public void An_assessment_is_indexed_with_its_kind_and_the_keywords_that_name_it()
    {
        var main = site.Page("assessments/kouki-koureisha-iryou/index.html").QuerySelector("main")!;

        Assert.True(main.HasAttribute("data-pagefind-body"));
        Assert.Equal(1, site.Page("assessments/kouki-koureisha-iryou/index.html").QuerySelectorAll("[data-pagefind-body]").Length);
        Assert.Equal("評価書", main.GetAttribute("data-search-kind"));
        Assert.Contains("種類[data-search-kind]", main.GetAttribute("data-pagefind-filter"));
        Assert.Contains("keywords[data-search-keywords]", main.GetAttribute("data-pagefind-meta"));
        var keywords = main.GetAttribute("data-search-keywords")!.Split(' ');
        Assert.Contains("高齢者医療", keywords);
        Assert.Contains("中間サーバー", keywords); // a tag
        var headings = main.GetAttribute("data-search-headings")!.Split(' ');
        Assert.Contains("特定個人情報ファイル", headings);
    }

    [Theory]
    [InlineData("meetings/subcommittee-2015-08-06/index.html", "会議")]
    [InlineData("news/2015-09-30-kouki-kouhyou/index.html", "お知らせ")]
    [InlineData("comment-periods/kouki-2015-iken/index.html", "意見募集")]
    [InlineData("schedules/kouki-2015/index.html", "スケジュール")]
    [InlineData("pages/about/index.html", "ページ")]
    public void Other_documents_are_indexed_with_their_kind_but_without_assessment_keywords(string page, string kind)
    {
        var main = site.Page(page).QuerySelector("main")!;

        Assert.True(main.HasAttribute("data-pagefind-body"), page);
        Assert.Equal(kind, main.GetAttribute("data-search-kind"));
        Assert.False(main.HasAttribute("data-search-keywords"));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("assessments/index.html")]
    [InlineData("assessments/by-updated/index.html")]
    [InlineData("tags/index.html")]
    [InlineData("search/index.html")]
    [InlineData("404.html")]
    public void Lists_and_the_search_page_are_not_indexed(string page)
    {
        Assert.Empty(site.Page(page).QuerySelectorAll("[data-pagefind-body]"));
    }

    [Fact]
    public void Revision_diffs_are_not_indexed_since_they_repeat_the_assessment()
    {
        var revisions = Directory.GetDirectories(site.OutputPath("assessments/kouki-koureisha-iryou/revisions"));
        Assert.NotEmpty(revisions);
        Assert.All(revisions, r => Assert.Empty(site.Page(Path.Combine(r, "index.html")).QuerySelectorAll("[data-pagefind-body]")));
    }
}
