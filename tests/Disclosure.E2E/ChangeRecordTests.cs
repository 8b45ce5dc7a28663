using Deque.AxeCore.Playwright;
using Disclosure.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Disclosure.E2E;

/// <summary>
/// The example 後期高齢者医療 assessment's change record (four 事前 corrections) in Chromium: on its page, and on the
/// page of the version that added it, beside the diff — readable and without a WCAG 2.2 AA violation at desktop
/// width and at 320 px.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ChangeRecordTests(SiteFixture site)
{
    private const string AssessmentPath = "/assessments/kouki-koureisha-iryou/";

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task The_assessment_page_shows_its_record_as_a_table_with_no_axe_violation(int width)
    {
        var page = await site.OpenAsync(AssessmentPath, width);

        var table = page.Locator("section[aria-labelledby=changes] table.changes");
        Assert.Equal(4, await table.Locator("tbody tr").CountAsync());
        Assert.Equal(6, await table.Locator("thead th[scope=col]").CountAsync());
        // On a phone the cell starts with its column's label (drawn, aria-hidden), as every stacking table's does.
        var cell = table.Locator("tbody tr").Nth(3).Locator("td").Nth(2);
        Assert.Equal(width < 768 ? "変更後の記載\n情報システム管理者" : "情報システム管理者", await cell.InnerTextAsync());
        await AssertNoViolationAsync(page, $"{AssessmentPath} at {width}px");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(320)]
    public async Task The_revision_that_added_the_record_lists_its_entries_beside_the_diff_with_no_axe_violation(int width)
    {
        var page = await site.OpenAsync(AssessmentPath, width);
        // Named by the entries it added (a later revision that only corrected wording reads 「記載の修正」).
        var revision = page.Locator("section[aria-labelledby=revisions] tbody a", new() { HasText = "業務全体図" });
        Assert.Equal(1, await revision.CountAsync());
        await revision.ClickAsync();

        var entries = page.Locator("section[aria-labelledby=version-changes] table.changes tbody tr");
        Assert.Equal(4, await entries.CountAsync());
        Assert.True(await page.Locator("section.diff-section").CountAsync() > 0);
        await AssertNoViolationAsync(page, $"{page.Url} at {width}px");
        await page.Context.CloseAsync();
    }

    private static async Task AssertNoViolationAsync(IPage page, string where)
    {
        var result = await page.RunAxe(AccessibilityTests.WcagAA);
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.True(result.Violations.Length == 0, $"{where}:\n" + string.Join("\n", violations));
        Assert.True(result.Passes.Length > 10, "axe ran fewer checks than expected: it may not have run at all.");
    }
}
