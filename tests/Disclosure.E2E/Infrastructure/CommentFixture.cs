using Disclosure.Testing;
using Microsoft.Playwright;

namespace Disclosure.E2E.Infrastructure;

/// <summary>
/// A small dated site served on 127.0.0.1 with the real comment server beside it, as a city would run them:
/// the site's forms post to the server, and the server's pages link back to the site.
/// </summary>
public sealed class CommentFixture : IAsyncLifetime
{
    public const string StaffToken = "e2e-staff-token-0123456789";

    private TestSite? _site;
    private StaticSiteServer? _siteServer;
    private CommentServerProcess? _comments;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly string _store = Path.Combine(Path.GetTempPath(), $"disclosure-e2e-comments-{Guid.NewGuid():N}.db");

    public StaticSiteServer Site => _siteServer!;
    public CommentServerProcess Comments => _comments!;
    public IBrowser Browser => _browser!;

    public async Task InitializeAsync()
    {
        var sitePort = CommentServerProcess.FreePort();
        var commentPort = CommentServerProcess.FreePort();
        var siteUrl = $"http://127.0.0.1:{sitePort}/hogo/";
        _site = await TestSite.CreateAsync(siteUrl, $"http://127.0.0.1:{commentPort}");
        _siteServer = await StaticSiteServer.StartAsync(_site.OutputDirectory, "/hogo/", sitePort);
        _comments = await CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__StorePath"] = _store,
            ["Comments__SitePath"] = _site.OutputDirectory,
            ["Comments__SiteUrl"] = siteUrl,
            ["Comments__StaffTokens__e2e"] = StaffToken,
            ["Comments__RateLimit__PermitLimit"] = "1000",
            ["Comments__RateLimit__RequestsPerMinute"] = "100000",
        }, commentPort);
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserLauncher.LaunchAsync(_playwright);
    }

    public async Task<IPage> OpenPeriodAsync(string periodId, bool javaScript = true, int width = 1280)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = javaScript,
            Locale = "ja-JP",
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(Site.SiteRoot, $"comment-periods/{periodId}/").ToString());
        return page;
    }

    public async Task<string> ExportCsvAsync(string periodId)
    {
        using var client = Comments.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"admin/periods/{periodId}/comments.csv");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", StaffToken);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_comments is not null)
        {
            await _comments.DisposeAsync();
        }
        if (_siteServer is not null)
        {
            await _siteServer.DisposeAsync();
        }
        _site?.Dispose();
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_store)!, Path.GetFileName(_store) + "*"))
        {
            File.Delete(file);
        }
    }
}
