using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Disclosure.E2E.Infrastructure;
using Disclosure.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Disclosure.E2E;

/// <summary>
/// The pages of a long list, in the browser: the example site with 150 more assessments, so the assessment index
/// and a tag run over several pages. Checked for WCAG 2.2 AA, reflow at 320 px and keyboard use of the page links.
/// </summary>
public sealed class PaginationTests : IAsyncLifetime
{
    private const string Tag = "追加";
    private readonly string _work = Path.Combine(Path.GetTempPath(), "disclosure-e2e-pages-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public static TheoryData<string> Paginated => new()
    {
        "/assessments/page/2/",
        "/assessments/by-department/page/2/",
        $"/tags/{Uri.EscapeDataString(Tag)}/page/2/",
    };

    public async Task InitializeAsync()
    {
        var content = Path.Combine(_work, "content");
        FolderCopy.Copy(RepositoryPaths.Content, content);
        for (var i = 1; i <= 150; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(content, "assessments", $"tsuika-{i:000}.md"), $"""
                ---
                title: 追加の事務{i:000} 基礎項目評価書
                kind: basic
                department: {(i % 2 == 0 ? "市民課" : "福祉課")}
                system: 追加システム
                affairs: 追加の事務{i:000}
                status: published
                date: 2026-{1 + i % 11:00}-15
                tags:
                  - {Tag}
                ---

                追加の事務{i:000}の評価書です。
                """);
        }
        var output = Path.Combine(_work, "output");
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            "build", "--content", content, "--theme", RepositoryPaths.Theme, "--output", output, "--now", SiteFixture.Today, "--no-search");
        Assert.True(exitCode == 0, stdout + stderr);
        _server = await StaticSiteServer.StartAsync(output, SiteFixture.BasePath);
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserLauncher.LaunchAsync(_playwright);
    }

    [Theory]
    [MemberData(nameof(Paginated))]
    public async Task A_page_of_a_list_has_no_WCAG_22_AA_violation_and_reflows_at_320px(string path)
    {
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await OpenAsync(path, width);
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
        var page = await OpenAsync("/assessments/", 390);
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

    private async Task<IPage> OpenAsync(string sitePath, int width)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(_server!.SiteRoot, sitePath.TrimStart('/')).ToString());
        Assert.Equal(200, response?.Status);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Directory.Delete(_work, recursive: true);
    }
}
