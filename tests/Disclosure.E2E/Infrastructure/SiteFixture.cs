using Microsoft.Playwright;
using Disclosure.Testing;

namespace Disclosure.E2E.Infrastructure;

/// <summary>
/// Builds the example content with the real CLI at a pinned date, serves it on 127.0.0.1 and opens Chromium,
/// once for all the site tests.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    public const string Today = "2026-11-30";
    public const string BasePath = "/hogo/";

    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), "disclosure-e2e-" + Guid.NewGuid().ToString("N"));
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string OutputDirectory => Path.Combine(_workFolder, "output");

    public StaticSiteServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public string BuildOutput { get; private set; } = "";

    /// <summary>The axe outcomes of this run, for the accessibility report.</summary>
    public AxeResultsCollector AxeResults { get; } = new();

    /// <summary>A page's public address, as the report names it.</summary>
    public string PublicUrl(string sitePath) => new Uri(PublicBase.Value, sitePath.TrimStart('/')).ToString();

    private static readonly Lazy<Uri> PublicBase = new(() => new Uri(File.ReadLines(Path.Combine(RepositoryPaths.Content, "site.yml"))
        .First(line => line.StartsWith("base_url:", StringComparison.Ordinal))["base_url:".Length..].Trim().Trim('"', '\'')));

    public async Task InitializeAsync()
    {
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            "build", "--content", RepositoryPaths.Content, "--theme", RepositoryPaths.Theme, "--output", OutputDirectory, "--now", Today);
        BuildOutput = stdout + stderr;
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"disclosure build failed ({exitCode}):\n{BuildOutput}");
        }
        _server = await StaticSiteServer.StartAsync(OutputDirectory, BasePath);
        _playwright = await Playwright.CreateAsync();
        _browser = await BrowserLauncher.LaunchAsync(_playwright);
    }

    public Uri Url(string sitePath) => new(Server.SiteRoot, sitePath.TrimStart('/'));

    /// <summary>Site paths of every HTML page the build wrote (<c>/assessments/x/</c>, <c>/404.html</c>).</summary>
    public IReadOnlyList<string> AllPages() =>
        Directory.EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Select(p => string.Join('/', p.Split('/').Select(Uri.EscapeDataString)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public async Task<IPage> OpenAsync(string sitePath, int width = 1280, bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            Locale = "ja-JP",
        });
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(Url(sitePath).ToString());
        Assert.NotNull(response);
        return page;
    }

    public async Task DisposeAsync()
    {
        AxeResults.WriteReportIfRequested(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)));
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (Directory.Exists(_workFolder))
        {
            Directory.Delete(_workFolder, recursive: true);
        }
    }
}
