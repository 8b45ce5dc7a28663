using System.Net;
using System.Net.Sockets;
using Deque.AxeCore.Playwright;
using Disclosure.E2E.Infrastructure;
using Disclosure.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Disclosure.E2E;

/// <summary>
/// <c>disclosure serve</c> as staff use it: a copy of the example content is edited while a page is open in Chromium,
/// and the page follows by itself — the new text after a good edit, an overlay naming the line after a bad one.
/// </summary>
public sealed class PreviewTests : IAsyncLifetime
{
    private const string NewsPath = "news/2026-10-28-bukai-kaisai/";
    private const string NewTitle = "部会の開催報告（プレビューで書き換えました）";
    // A rebuild takes 1–2 s on an idle machine; the margin is for a busy CI machine, where it has taken 8 s.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly string _work = Path.Combine(Path.GetTempPath(), "disclosure-preview-" + Guid.NewGuid().ToString("N"));

    private string ContentDirectory => Path.Combine(_work, "content");
    private string OutputDirectory => Path.Combine(_work, "output");

    public Task InitializeAsync()
    {
        FolderCopy.Copy(RepositoryPaths.Content, ContentDirectory);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Edits_reload_the_open_page_errors_show_over_the_last_good_page_and_Ctrl_C_stops_cleanly()
    {
        await using var preview = await PreviewProcess.StartAsync(ContentDirectory, OutputDirectory, SiteFixture.Today, SiteFixture.BasePath);
        await preview.WaitForOutputAsync($"プレビュー: {preview.SiteRoot}", Patience);
        await ServesTheSiteLikeItsHostAsync(preview);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserLauncher.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(preview.SiteRoot, NewsPath).ToString());
        var heading = page.Locator("h1");
        var newsFile = Path.Combine(ContentDirectory, "news", "2026-10-28-bukai-kaisai.md");
        await Expect(heading).ToHaveTextAsync(TitleIn(newsFile));

        // 1. A good edit: the open tab reloads by itself; the file on disk is the plain built page.
        ReplaceLine(newsFile, "title: ", $"title: {NewTitle}");
        await Expect(heading).ToHaveTextAsync(NewTitle, new() { Timeout = (float)Patience.TotalMilliseconds });
        var written = await File.ReadAllTextAsync(Path.Combine(OutputDirectory, "news", "2026-10-28-bukai-kaisai", "index.html"));
        Assert.Contains(NewTitle, written);
        Assert.DoesNotContain("__disclosure", written);
        // Only what shows the item was made again (its page, the news list, the home page), and the lists say so.
        await preview.WaitForOutputAsync("作り直し", Patience);
        using (var http = new HttpClient())
        {
            Assert.Contains(NewTitle, await http.GetStringAsync(new Uri(preview.SiteRoot, "news/")));
            Assert.Contains(NewTitle, await http.GetStringAsync(preview.SiteRoot));
        }

        // 2. A bad edit: the overlay names path:line over the same, unreloaded page; the terminal and the errors page agree.
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");
        var assessment = Path.Combine(ContentDirectory, "assessments", "juminkihon-daichou.md");
        var good = await File.ReadAllTextAsync(assessment);
        var line = ReplaceLine(assessment, "kind: ", "kind: fulll");
        var location = $"assessments/juminkihon-daichou.md:{line}";

        var overlay = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "ビルドエラー" });
        await Expect(overlay).ToBeVisibleAsync(new() { Timeout = (float)Patience.TotalMilliseconds });
        await Expect(overlay.GetByRole(AriaRole.Heading, new() { Name = "ビルドエラー" })).ToBeVisibleAsync();
        await Expect(overlay.Locator("li").Filter(new() { HasText = location })).ToHaveCountAsync(1);
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "the page reloaded after a failed build");
        await Expect(heading).ToHaveTextAsync(NewTitle);
        await AssertNoWcagViolationsAsync(page, "the page with the error overlay");

        await preview.WaitForOutputAsync(location, Patience);
        var errorsPage = await context.NewPageAsync();
        await errorsPage.GotoAsync(new Uri(preview.Origin, "__disclosure/errors").ToString());
        Assert.Equal("ja", await errorsPage.GetAttributeAsync("html", "lang"));
        await Expect(errorsPage.Locator("h1")).ToHaveCountAsync(1);
        await Expect(errorsPage.Locator("li").Filter(new() { HasText = location })).ToHaveCountAsync(1);
        await AssertNoWcagViolationsAsync(errorsPage, "the errors page");

        // 3. Fixed: the next build reloads the tab, which clears the overlay; the errors page follows too.
        await File.WriteAllTextAsync(assessment, good);
        await Expect(overlay).ToHaveCountAsync(0, new() { Timeout = (float)Patience.TotalMilliseconds });
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === undefined"), "the page did not reload after the fix");
        await Expect(heading).ToHaveTextAsync(NewTitle);
        await Expect(errorsPage.Locator("h1")).ToHaveTextAsync("ビルドエラーはありません", new() { Timeout = (float)Patience.TotalMilliseconds });

        // 4. Ctrl+C with a tab still listening: the preview hangs up, says so and exits 0.
        Assert.Equal(0, await preview.InterruptAsync(TimeSpan.FromSeconds(5)));
        Assert.Contains("プレビューを終了しました", preview.Output);
    }

    [Fact]
    public async Task With_comments_the_preview_has_a_working_form_and_its_own_store()
    {
        var store = Path.Combine(_work, "preview-comments.db");
        var commentsPort = CommentServerProcess.FreePort();
        await using var preview = await PreviewProcess.StartAsync(ContentDirectory, OutputDirectory, SiteFixture.Today, SiteFixture.BasePath,
            "--comments", "--comments-port", commentsPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--comments-store", store);
        await preview.WaitForOutputAsync($"意見受付（試用）: http://127.0.0.1:{commentsPort}", Patience);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserLauncher.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" })).NewPageAsync();
        await page.GotoAsync(new Uri(preview.SiteRoot, "comment-periods/kokuho-2026-iken/").ToString());
        Assert.Equal($"http://127.0.0.1:{commentsPort}/periods/kokuho-2026-iken/comments", await page.GetAttributeAsync("form.comment-form", "action"));
        await page.FillAsync("#opinion", "プレビューで試しに送る意見です。");
        await page.FillAsync("#name", "試験 太郎");
        await page.CheckAsync("#agree");
        await page.ClickAsync("button[type=submit]");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/receipts/"), Waits.Navigation);
        await Expect(page.Locator(".receipt-number")).ToHaveCountAsync(1);
        // Styled like the site: the server serves the site's style sheet from the preview's output. The receipt's
        // number can be on screen before its style sheet has loaded; once the page has loaded, the sheet must have too.
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href && s.href.endsWith('/assets/site.css') && s.cssRules.length > 0)"));
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Mode=ReadOnly");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM submissions WHERE opinion = 'プレビューで試しに送る意見です。'";
        Assert.Equal(1L, (long)count.ExecuteScalar()!);
        Assert.Equal(0, await preview.InterruptAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_port_in_use_is_one_plain_sentence_and_exit_code_1()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            "serve", "--content", ContentDirectory, "--theme", RepositoryPaths.Theme, "--output", OutputDirectory, "--port", port);

        Assert.Equal(1, exitCode);
        Assert.Contains($"ポート {port}", stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
        Assert.False(Directory.Exists(OutputDirectory), "it built the site although it could not serve it");
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_work))
        {
            Directory.Delete(_work, recursive: true);
        }
        return Task.CompletedTask;
    }

    private async Task ServesTheSiteLikeItsHostAsync(PreviewProcess preview)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Origin };

        var root = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal(SiteFixture.BasePath, root.Headers.Location?.OriginalString);

        var folder = await http.GetAsync("/hogo/news");
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal("/hogo/news/", folder.Headers.Location?.OriginalString);

        var missing = await http.GetAsync("/hogo/no-such-page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1", await missing.Content.ReadAsStringAsync());

        // An absolute path smuggled after the base path must not reach outside the output folder.
        var outside = await http.GetAsync("/hogo//etc/passwd");
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);

        var home = await http.GetStringAsync("/hogo/");
        Assert.Contains("<script src=\"/__disclosure/live-reload.js\"", home);
        Assert.DoesNotContain("__disclosure", await File.ReadAllTextAsync(Path.Combine(OutputDirectory, "index.html")));
        Assert.DoesNotContain("__disclosure", await http.GetStringAsync("/hogo/assets/site.css"));
    }

    private static async Task AssertNoWcagViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe(AccessibilityTests.WcagAA);
        var violations = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.True(result.Violations.Length == 0, $"{what}:\n" + string.Join("\n", violations));
    }

    private static string TitleIn(string file) =>
        File.ReadLines(file).First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..];

    /// <summary>Replaces the first line starting with <paramref name="prefix"/>.</summary>
    /// <returns>Its line number, counted from 1 as diagnostics count them.</returns>
    private static int ReplaceLine(string file, string prefix, string replacement)
    {
        var lines = File.ReadAllLines(file);
        var index = Array.FindIndex(lines, l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{file} has no line starting with 「{prefix}」");
        lines[index] = replacement;
        File.WriteAllLines(file, lines);
        return index + 1;
    }
}
