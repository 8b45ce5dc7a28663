using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Disclosure.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Disclosure.E2E;

/// <summary>
/// The site search as citizens use it: the example site built by the real CLI (which runs Pagefind), served under
/// /hogo/, searched in Chromium by typing Japanese into the labelled search box.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture site)
{
    // The affair has two assessments (基礎項目 and 全項目); either, named by the compound, may rank first.
    private const string KoukiAffair = "後期高齢者医療に関する事務 ";
    private static readonly Regex KoukiPage = new("/hogo/assessments/kouki-koureisha-iryou(-kiso)?/$");


    [Fact]
    public void The_build_made_a_search_index_under_the_output()
    {
        Assert.True(site.BuildOutput.Contains("検索索引: ページ", StringComparison.Ordinal), site.BuildOutput);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "pagefind", "pagefind.js")), "output/pagefind/pagefind.js is missing");
    }

    [Fact]
    public async Task A_compound_noun_typed_by_keyboard_lists_the_assessment_it_names_first()
    {
        var page = await SearchAsync("後期高齢者医療");

        var first = page.Locator("#search-results > li").First;
        Assert.StartsWith(KoukiAffair, await first.Locator("h2 a").InnerTextAsync());
        Assert.Matches(KoukiPage, await first.Locator("h2 a").GetAttributeAsync("href"));
        Assert.Equal("評価書", await first.Locator(".search-result-kind").InnerTextAsync());
        Assert.True(await first.Locator(".search-result-excerpt mark").CountAsync() > 0, "the excerpt marks no match");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("中間サーバー")]
    [InlineData("国民健康保険")]
    public async Task Excerpts_join_a_heading_and_its_text_as_Japanese_is_written(string query)
    {
        var page = await SearchAsync(query);

        var excerpts = await page.Locator(".search-result-excerpt").AllInnerTextsAsync();
        Assert.NotEmpty(excerpts);
        foreach (var excerpt in excerpts)
        {
            // Pagefind's ". " between blocks, after Japanese text: 「評価書の概要. 本評価書は」.
            Assert.DoesNotMatch(@"[^\x00-\x7F]\. ", excerpt);
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Chuukan_saabaa_finds_the_assessment_and_the_meeting_that_discussed_it()
    {
        var page = await SearchAsync("中間サーバー");

        var hrefs = await ResultLinks(page);
        Assert.True(hrefs[0].EndsWith("/assessments/kouki-koureisha-iryou/", StringComparison.Ordinal)
            || hrefs[0].EndsWith("/meetings/subcommittee-2015-08-06/", StringComparison.Ordinal), string.Join("\n", hrefs));
        Assert.Contains(hrefs, h => h.EndsWith("/assessments/kouki-koureisha-iryou/", StringComparison.Ordinal));
        Assert.Contains(hrefs, h => h.EndsWith("/meetings/subcommittee-2015-08-06/", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Kokumin_kenkou_hoken_lists_the_2026_assessment_before_its_news_and_comment_period()
    {
        var page = await SearchAsync("国民健康保険");

        var hrefs = await ResultLinks(page);
        Assert.EndsWith("/hogo/assessments/kokumin-kenkou-hoken-2026/", hrefs[0]);
        Assert.Contains(hrefs, h => h.EndsWith("/comment-periods/kokuho-2026-iken/", StringComparison.Ordinal));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_query_with_no_match_says_so()
    {
        var page = await SearchAsync("宇宙飛行士");

        Assert.Contains("見つかりませんでした", await page.Locator("#search-status").InnerTextAsync());
        Assert.Equal(0, await page.Locator("#search-results > li").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_number_of_results_is_announced_in_a_polite_live_region_as_it_changes()
    {
        var page = await SearchAsync("後期高齢者医療");
        var status = page.Locator("#search-status");
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        var first = await status.InnerTextAsync();
        Assert.Matches(@"「後期高齢者医療」の検索結果：\d+件", first);

        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("国民健康保険");
        await page.WaitForFunctionAsync("() => document.getElementById('search-status').textContent.includes('国民健康保険')");
        var second = await status.InnerTextAsync();
        Assert.NotEqual(first, second);
        Assert.Matches(@"「国民健康保険」の検索結果：\d+件", second);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Results_are_reached_with_Tab_and_followed_with_Enter()
    {
        var page = await SearchAsync("後期高齢者医療");

        await page.Keyboard.PressAsync("Tab"); // the 検索 button
        await page.Keyboard.PressAsync("Tab"); // the first result's link
        var link = await page.EvaluateAsync<string>("() => document.activeElement.textContent");
        Assert.StartsWith(KoukiAffair, link);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(KoukiPage, Waits.Navigation);
        Assert.Equal(link, await page.Locator("h1").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_query_in_the_address_is_searched_on_arrival()
    {
        var page = await site.OpenAsync("/search/?q=" + Uri.EscapeDataString("中間サーバー"));
        await WaitForResultsAsync(page, "中間サーバー");

        Assert.Equal("中間サーバー", await page.Locator("#search-input").InputValueAsync());
        Assert.True(await page.Locator("#search-results > li").CountAsync() >= 2);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task The_search_page_with_results_has_no_WCAG_22_AA_violation(int width)
    {
        var page = await SearchAsync("後期高齢者医療", width);

        var result = await page.RunAxe(AccessibilityTests.WcagAA);
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.True(result.Violations.Length == 0, $"/search/ with results at {width}px:\n" + string.Join("\n", violations));
        Assert.True(result.Passes.Length > 10, "axe ran fewer checks than expected: it may not have run at all.");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"/search/ with results is {scrollWidth}px wide at {width}px.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_page_says_search_needs_it_and_links_to_the_lists()
    {
        var page = await site.OpenAsync("/search/", javaScript: false);

        Assert.Contains("JavaScript が必要です", await page.Locator("main").InnerTextAsync());
        Assert.False(await page.Locator("#search-input").IsVisibleAsync(), "a search box that cannot work is shown");
        foreach (var list in new[] { "assessments/", "comment-periods/", "meetings/", "news/" })
        {
            Assert.Equal(1, await page.Locator($"main a[href='{SiteFixture.BasePath}{list}']").CountAsync());
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_page_links_to_the_search_page_from_the_main_menu()
    {
        var page = await site.OpenAsync("/news/");

        await page.Locator("nav[aria-label='メインメニュー'] a", new() { HasText = "検索" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/hogo/search/$"), Waits.Navigation);
        Assert.Equal("サイト内検索", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("page", await page.Locator("nav[aria-label='メインメニュー'] a[aria-current]").GetAttributeAsync("aria-current"));
        await page.Context.CloseAsync();
    }

    /// <summary>Opens the search page, types the query into the box found by its label, and waits for the announcement.</summary>
    private async Task<IPage> SearchAsync(string query, int width = 1280)
    {
        var page = await site.OpenAsync("/search/", width);
        var box = page.GetByLabel("検索する言葉");
        await box.FocusAsync();
        await page.Keyboard.TypeAsync(query);
        await WaitForResultsAsync(page, query);
        return page;
    }

    private static Task WaitForResultsAsync(IPage page, string query) =>
        page.WaitForFunctionAsync(
            "query => document.getElementById('search-status').textContent.includes('「' + query + '」')", query,
            new PageWaitForFunctionOptions { Timeout = 15_000 });

    private static async Task<IReadOnlyList<string>> ResultLinks(IPage page) =>
        await page.Locator("#search-results > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
}
