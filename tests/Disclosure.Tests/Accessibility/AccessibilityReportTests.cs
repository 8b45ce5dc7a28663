using Disclosure.Accessibility;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Accessibility;

public sealed class AccessibilityReportTests
{
    private static readonly AxeRuleOutcome[] Outcomes =
    [
        new("https://city.example/hogo/ (1280 px)", "color-contrast", ["wcag2aa", "wcag143"], AxeOutcome.Pass),
        new("https://city.example/hogo/ (320 px)", "color-contrast", ["wcag2aa", "wcag143"], AxeOutcome.Pass),
        new("https://city.example/hogo/ (1280 px)", "image-alt", ["wcag2a", "wcag111"], AxeOutcome.Violation),
        new("https://city.example/hogo/ (1280 px)", "target-size", ["wcag22aa", "wcag258"], AxeOutcome.Incomplete),
        new("https://city.example/hogo/ (1280 px)", "meta-refresh", ["wcag2a", "wcag221"], AxeOutcome.Inapplicable),
        new("https://city.example/hogo/ (1280 px)", "reflow-like", ["wcag21aa", "wcag1410"], AxeOutcome.Pass),
    ];

    [Theory]
    [InlineData("wcag143", "1.4.3")]
    [InlineData("wcag1410", "1.4.10")]
    [InlineData("wcag2411", "2.4.11")]
    [InlineData("wcag2aa", null)]
    [InlineData("best-practice", null)]
    public void Axe_tags_map_to_success_criteria(string tag, string? criterion) =>
        Assert.Equal(criterion, SuccessCriteria.FromAxeTag(tag));

    [Fact]
    public void Each_criterion_gets_the_worst_outcome_of_its_rules_and_untested_ones_say_so()
    {
        var report = AccessibilityReportBuilder.Build(new DateOnly(2026, 11, 30), "axe-core", Outcomes);

        string Result(string id) => report.Criteria.Single(c => c.Id == id).Result;
        Assert.Equal("適合", Result("1.4.3"));
        Assert.Equal("不適合", Result("1.1.1"));
        Assert.Equal("要確認", Result("2.5.8"));
        Assert.Equal("該当なし", Result("2.2.1"));
        Assert.Equal("適合", Result("1.4.10"));
        Assert.StartsWith("自動試験の対象外", Result("3.3.3"));
        Assert.Equal(SuccessCriteria.All.Count, report.Criteria.Count);
        Assert.Equal(2, report.Pages.Count);
    }

    [Fact]
    public async Task The_accessibility_page_shows_the_report_from_the_content_folder()
    {
        var report = AccessibilityReportBuilder.Build(new DateOnly(2026, 11, 30), "axe-core 4.14", Outcomes);
        using var site = TempSite.With(
            ("pages/accessibility.md", "---\ntitle: ウェブアクセシビリティ方針\n---\nJIS X 8341-3:2016 の適合レベル AA を目標にします。\n"),
            (AccessibilityReportFile.RelativePath, AccessibilityReportFile.Serialize(report)));

        await site.BuildSuccessfullyAsync();

        var page = HtmlPage.Parse(site.ReadOutput("pages/accessibility/index.html"));
        Assert.Equal("試験結果", page.QuerySelector("#test-results")!.TextContent);
        Assert.Contains("2026-11-30", page.QuerySelector("section[aria-labelledby=test-results] time")!.GetAttribute("datetime"));
        var rows = page.QuerySelectorAll("table:has(#criteria-caption) tbody tr").ToList();
        Assert.Equal(SuccessCriteria.All.Count, rows.Count);
        Assert.Contains(rows, r => r.TextContent.Contains("1.1.1") && r.TextContent.Contains("不適合") && r.TextContent.Contains("image-alt"));
        Assert.Equal(2, page.QuerySelectorAll("section[aria-labelledby=test-results] ul li").Length);
    }

    [Fact]
    public async Task A_broken_report_file_is_an_error_naming_the_file()
    {
        using var site = TempSite.With((AccessibilityReportFile.RelativePath, "{\n  \"tested\": \"2026-11-30\",\n  \"criteria\": [\n"));

        var result = await site.BuildFailingAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(site.DisplayPath(AccessibilityReportFile.RelativePath), error.Path);
        Assert.Contains("試験結果", error.Message);
    }
}
