using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Disclosure.E2E.Infrastructure;

namespace Disclosure.E2E;

[Collection(SiteCollection.Name)]
public sealed class AccessibilityTests(SiteFixture site)
{
    /// <summary>The WCAG 2.2 A and AA rules, all that axe has.</summary>
    internal static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
    };

    [Theory]
    [MemberData(nameof(PageTypes.Cases), MemberType = typeof(PageTypes))]
    public async Task Every_page_type_has_no_WCAG_22_AA_violation_on_desktop_and_at_320px(string path)
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await site.OpenAsync(path, width);
            var result = await page.RunAxe(WcagAA);
            site.AxeResults.Add($"{site.PublicUrl(path)}（{width} px）", result);
            var violations = result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}");
            Assert.True(result.Violations.Length == 0, $"{path} at {width}px:\n" + string.Join("\n", violations));
            Assert.True(result.Passes.Length > 10, "axe ran fewer checks than expected: it may not have run at all.");
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(PageTypes.Cases), MemberType = typeof(PageTypes))]
    public async Task Every_page_type_reflows_at_320px_without_horizontal_page_scroll(string path)
    {
        var page = await site.OpenAsync(path, 320);
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 320, $"{path} is {scrollWidth}px wide at a 320px viewport.");
        await page.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(PageTypes.Cases), MemberType = typeof(PageTypes))]
    public async Task Every_page_type_has_lang_one_h1_landmarks_and_a_skip_link_first(string path)
    {
        var page = await site.OpenAsync(path);
        Assert.Equal("ja", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal(1, await page.Locator("main#main").CountAsync());
        Assert.Equal(1, await page.Locator("header.site-header").CountAsync());
        Assert.Equal(1, await page.Locator("footer").CountAsync());
        Assert.True(await page.Locator("nav[aria-label='メインメニュー']").CountAsync() == 1);

        await page.Keyboard.PressAsync("Tab");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
        Assert.Equal("本文へ移動", first);
        await page.Keyboard.PressAsync("Enter");
        var focusedId = await page.EvaluateAsync<string>("() => document.activeElement.id");
        Assert.Equal("main", focusedId);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Focus_is_visible_on_links_and_form_fields()
    {
        var page = await site.OpenAsync("/comment-periods/kokuho-2026-iken/");
        await page.Keyboard.PressAsync("Tab");
        var skip = await FocusStyle(page);
        Assert.NotEqual("none", skip.Outline);

        await page.FocusAsync("#opinion");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        var field = await FocusStyle(page);
        Assert.Equal("opinion", field.Id);
        Assert.True(field.Outline != "none" || field.Shadow != "none", "The focused textarea shows no focus indicator.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task No_table_shows_a_caption_that_repeats_the_heading_just_above_it()
    {
        var page = await site.OpenAsync("/");
        var repeated = new List<string>();
        foreach (var path in site.AllPages())
        {
            await page.GotoAsync(site.Url(path).ToString());
            // A shown caption whose table (or its scroll wrapper) comes right after a heading that says the same (one
            // holds the other, a count or table number aside): 「全項目評価書」 then 「全項目評価書（2件）」, or 「使用する
            // システム」 then 「使用するシステム（表1）」.
            repeated.AddRange((await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('main table > caption')]
                  .filter(c => c.getBoundingClientRect().width > 1)
                  .filter(c => {
                    const table = c.closest('table');
                    const block = table.parentElement.matches('.table-scroll') ? table.parentElement : table;
                    const heading = block.previousElementSibling;
                    if (!/^H[1-6]$/.test(heading?.tagName ?? '')) return false;
                    const bare = t => t.replace(/（[^）]*）/g, '').trim();
                    const caption = bare(c.textContent), said = bare(heading.textContent);
                    return caption.includes(said) || said.includes(caption);
                  })
                  .map(c => c.textContent.trim())
                """)).Select(caption => $"{path}: {caption}"));
        }
        Assert.Empty(repeated);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Tables_have_captions_and_header_scopes()
    {
        var page = await site.OpenAsync("/assessments/kouki-koureisha-iryou/");
        var tables = await page.Locator("main table").CountAsync();
        Assert.True(tables >= 3, $"expected the metadata table and the body's tables, found {tables}");
        Assert.Equal(tables, await page.Locator("main table > caption").CountAsync());
        Assert.Equal(0, await page.Locator("main th:not([scope])").CountAsync());
        Assert.Equal(tables, await page.Locator("main .table-scroll[role=region][tabindex='0'] > table").CountAsync());
        await page.Context.CloseAsync();
    }

    private static async Task<(string Id, string Outline, string Shadow)> FocusStyle(Microsoft.Playwright.IPage page)
    {
        var style = await page.EvaluateAsync<string[]>(
            "() => { const e = document.activeElement; const s = getComputedStyle(e); return [e.id, s.outlineStyle, s.boxShadow]; }");
        return (style[0], style[1], style[2]);
    }
}
