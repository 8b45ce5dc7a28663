using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Disclosure.E2E.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Disclosure.E2E;

/// <summary>
/// The pages of a long list, in the browser: the example site with 150 more assessments, so the assessment index
/// and a tag run over several pages. Checked for WCAG 2.2 AA, reflow at 320 px and keyboard use of the page links.
/// </summary>
public sealed class PaginationTests(LongListSiteFixture site) : IClassFixture<LongListSiteFixture>
{
    public static TheoryData<string> Paginated => new()
    {
        "/assessments/page/2/",
        "/assessments/by-department/page/2/",
        $"/tags/{Uri.EscapeDataString(LongListSiteFixture.Tag)}/page/2/",
    };

    [Theory]
    [MemberData(nameof(Paginated))]
    public async Task A_page_of_a_list_has_no_WCAG_22_AA_violation_and_reflows_at_320px(string path)
    {
        using (var http = new HttpClient())
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(site.Url(path))).StatusCode);
        }
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await site.OpenAsync(path, width);
            var result = await page.RunAxe(AccessibilityTests.WcagAA);
            Assert.True(result.Violations.Length == 0, $"{path} at {width}px: " + string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Help}")));
            Assert.True(result.Passes.Length > 10, "axe ran fewer checks than expected.");
            Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width, $"{path} scrolls sideways at {width}px.");
            Assert.Equal(1, await page.Locator("nav.pagination a[aria-current='page']").CountAsync());
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_next_page_is_reached_by_keyboard_with_a_visible_focus_and_a_large_target()
    {
        using (var http = new HttpClient())
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(site.Url("/assessments/"))).StatusCode);
        }
        var page = await site.OpenAsync("/assessments/", 390);
        var next = page.Locator("nav.pagination a[rel='next']");

        await next.FocusAsync();
        var style = await next.EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle");
        var box = await next.BoundingBoxAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex("/assessments/page/2/$"), Waits.Navigation);

        Assert.NotEqual("none", style);
        Assert.NotNull(box);
        Assert.True(box.Width >= 24 && box.Height >= 24, $"The link is {box.Width}×{box.Height} px (WCAG 2.5.8 asks for 24×24).");
        Assert.Equal("評価書一覧（2/2ページ）", await page.Locator("h1").TextContentAsync());
        await page.Context.CloseAsync();
    }
}
