using Disclosure.Rendering.Models;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Pipeline;

/// <summary>Long lists (the assessment indexes, a tag's assessments) are split into pages of 100 with links between them.</summary>
public sealed class PaginationTests : IAsyncLifetime
{
    private const int Count = 250;
    private TempSite _site = null!;

    public async Task InitializeAsync()
    {
        // 250 assessments in two departments (保険課 150, listed first, then 市民課 100); every fifth carries a tag, so the tag has 50 and fits on one page.
        _site = TempSite.With(Enumerable.Range(1, Count).Select(i => ($"assessments/a{i:000}.md", $"""
            ---
            title: 事務{i:000} 評価書
            kind: full
            department: {(i <= 100 ? "市民課" : "保険課")}
            system: テストシステム
            affairs: テストに関する事務
            status: published
            date: 2026-10-01
            tags:
              - 全件
            {(i % 5 == 0 ? "  - 五件目" : "")}
            ---
            """)).ToArray());
        await _site.BuildSuccessfullyAsync();
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void TheIndexShowsAHundredPerPageAndEveryAssessmentOnce()
    {
        var pages = new[] { "assessments/index.html", "assessments/page/2/index.html", "assessments/page/3/index.html" }
            .Select(p => HtmlPage.Load(_site.OutputPath(p)))
            .ToList();

        Assert.Equal([100, 100, 50], pages.Select(p => p.QuerySelectorAll("main tbody tr").Length));
        var titles = pages.SelectMany(p => p.QuerySelectorAll("main tbody th a").Select(a => a.TextContent)).ToList();
        Assert.Equal(Enumerable.Range(1, Count).Select(i => $"事務{i:000} 評価書"), titles);
        Assert.False(_site.OutputExists("assessments/page/4/index.html"));
        Assert.Contains("101件目から200件目まで", pages[1].QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("評価書一覧（2/3ページ）", pages[1].QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void ThePageNavigationMarksTheCurrentPageAndLinksTheOthers()
    {
        var second = HtmlPage.Load(_site.OutputPath("assessments/page/2/index.html"));

        var nav = second.QuerySelector("nav.pagination")!;
        Assert.Equal("ページ送り", nav.GetAttribute("aria-label"));
        var current = Assert.Single(nav.QuerySelectorAll("a[aria-current=page]"));
        Assert.Equal("2", current.TextContent);
        Assert.Equal("2ページ目", current.GetAttribute("aria-label"));
        Assert.Equal("/hogo/assessments/", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/hogo/assessments/page/3/", nav.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Null(HtmlPage.Load(_site.OutputPath("assessments/page/3/index.html")).QuerySelector("nav.pagination a[rel=next]"));
    }

    [Fact]
    public void AGroupContinuedFromThePreviousPageSaysSo()
    {
        var second = HtmlPage.Load(_site.OutputPath("assessments/by-department/page/2/index.html"));

        // 保険課 has 150: its first 100 on page 1, the rest here, then 市民課 begins.
        Assert.Equal(["保険課（前のページからの続き）", "市民課"], second.QuerySelectorAll("main h2").Select(h => h.TextContent));
    }

    [Fact]
    public void TagPagesArePaginatedAndCountEveryAssessment()
    {
        var all = HtmlPage.Load(_site.OutputPath("tags/全件/page/3/index.html"));
        var fifth = HtmlPage.Load(_site.OutputPath("tags/五件目/index.html"));

        Assert.Equal(50, all.QuerySelectorAll("main ul.plain-list li").Length);
        Assert.Contains($"{Count}件", all.QuerySelector("main p")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(50, fifth.QuerySelectorAll("main ul.plain-list li").Length);
        Assert.Null(fifth.QuerySelector("nav.pagination"));
    }

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 3, new[] { 1, 2, 3 })]
    [InlineData(1, 10, new[] { 1, 2, 3, 0, 10 })]
    [InlineData(6, 10, new[] { 1, 0, 4, 5, 6, 7, 8, 0, 10 })]
    [InlineData(10, 10, new[] { 1, 0, 8, 9, 10 })]
    public void PageNumbersShownAreTheEndsAndTheNeighbours(int current, int count, int[] expected)
    {
        var shown = new Pagination(current, count, "/x/", 1, 1).Shown.Select(n => n ?? 0);

        Assert.Equal(expected, shown);
    }
}
