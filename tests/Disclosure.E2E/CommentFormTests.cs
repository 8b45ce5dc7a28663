using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Disclosure.E2E.Infrastructure;
using Disclosure.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Disclosure.E2E;

/// <summary>A citizen submits an opinion through the site's form to the real comment server, in Chromium.</summary>
public sealed partial class CommentFormTests(CommentFixture fixture) : IClassFixture<CommentFixture>
{
    [Fact]
    public async Task A_citizen_submits_with_the_keyboard_alone_gets_a_receipt_and_staff_find_the_row_in_the_export()
    {
        var page = await fixture.OpenPeriodAsync(TestSite.OpenPeriod);
        var opinion = $"中間サーバーのアクセスログを定期的に確認してください。{Guid.NewGuid():N}";

        await TabUntilFocused(page, "opinion");
        await page.Keyboard.TypeAsync(opinion);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("section", await FocusedId(page));
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("name", await FocusedId(page));
        await page.Keyboard.TypeAsync("千葉 花子");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("hanako@example.jp");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("テスト市中央1-1");
        await page.Keyboard.PressAsync("Tab");
        Assert.Contains("個人情報の取扱い", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("agree", await FocusedId(page));
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("意見を送信する", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(new Regex("/receipts/"), Waits.Navigation);
        Assert.Equal("意見を受け付けました", await page.Locator("h1").InnerTextAsync());
        var receipt = await page.Locator(".receipt-number").InnerTextAsync();
        Assert.Matches(ReceiptPattern(), receipt);
        await AssertNoAxeViolations(page, "receipt page");

        var csv = await fixture.ExportCsvAsync(TestSite.OpenPeriod);
        var row = csv.Split("\r\n").Single(line => line.StartsWith(receipt, StringComparison.Ordinal));
        Assert.Contains(opinion, row);
        Assert.Contains("Ⅰ 基本情報", row);
        Assert.Contains("千葉 花子", row);
        Assert.Contains("hanako@example.jp", row);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_the_form_still_submits()
    {
        var page = await fixture.OpenPeriodAsync(TestSite.OpenPeriod, javaScript: false);
        await page.FillAsync("#opinion", "スクリプトなしで送信します。");
        await page.CheckAsync("#agree");
        await page.ClickAsync("button[type=submit]");
        await Expect(page).ToHaveURLAsync(new Regex("/receipts/"), Waits.Navigation);
        Assert.Matches(ReceiptPattern(), await page.Locator(".receipt-number").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_incomplete_form_comes_back_with_an_accessible_error_summary_and_the_typed_values()
    {
        var page = await fixture.OpenPeriodAsync(TestSite.StrictPeriod);
        // The period requires an address: its badge says 必須 and is filled like the opinion's, not outlined like 任意.
        var addressBadge = page.Locator("label[for=address] .need");
        Assert.Equal("必須", await addressBadge.InnerTextAsync());
        Assert.Equal(
            await page.Locator("label[for=opinion] .need").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"),
            await addressBadge.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await addressBadge.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.FillAsync("#name", "千葉 太郎");
        await page.FillAsync("#email", "not-an-email");
        await page.ClickAsync("button[type=submit]");

        Assert.StartsWith("エラー：", await page.TitleAsync());
        var summary = page.Locator(".error-summary");
        Assert.Equal("alert", await summary.GetAttributeAsync("role"));
        await Expect(summary).ToBeFocusedAsync();
        var links = await summary.Locator("a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.Equal(["#opinion", "#email", "#address", "#agree"], links);
        Assert.Equal("true", await page.GetAttributeAsync("#opinion", "aria-invalid"));
        Assert.Contains("opinion-error", await page.GetAttributeAsync("#opinion", "aria-describedby") ?? "");
        Assert.Equal("千葉 太郎", await page.InputValueAsync("#name"));
        Assert.Equal("not-an-email", await page.InputValueAsync("#email"));
        await AssertNoAxeViolations(page, "error page");

        await summary.Locator("a[href='#email']").ClickAsync();
        Assert.EndsWith("#email", page.Url);

        await page.FillAsync("#opinion", "住所も書いて送り直します。");
        await page.FillAsync("#email", "taro@example.jp");
        await page.FillAsync("#address", "テスト市1-2");
        await page.CheckAsync("#agree");
        await page.ClickAsync("button[type=submit]");
        await Expect(page).ToHaveURLAsync(new Regex("/receipts/"), Waits.Navigation);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_error_page_reflows_at_320px()
    {
        var page = await fixture.OpenPeriodAsync(TestSite.OpenPeriod, width: 320);
        await page.ClickAsync("button[type=submit]");
        Assert.StartsWith("エラー：", await page.TitleAsync());
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 320);
        await Expect(page.Locator(".error-summary")).ToBeFocusedAsync();
        await AssertNoAxeViolations(page, "error page at 320px");
        await page.Context.CloseAsync();
    }

    private static async Task AssertNoAxeViolations(IPage page, string what)
    {
        var result = await page.RunAxe(AccessibilityTests.WcagAA);
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} — {string.Join(", ", v.Nodes.Take(2).Select(n => n.Html))}");
        Assert.True(result.Violations.Length == 0, $"{what}:\n" + string.Join("\n", violations));
    }

    private static async Task TabUntilFocused(IPage page, string id)
    {
        for (var i = 0; i < 80 && await FocusedId(page) != id; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal(id, await FocusedId(page));
    }

    private static Task<string> FocusedId(IPage page) => page.EvaluateAsync<string>("() => document.activeElement.id");

    [GeneratedRegex("^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")]
    private static partial Regex ReceiptPattern();
}
