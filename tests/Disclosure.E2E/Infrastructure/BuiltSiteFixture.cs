using Microsoft.Playwright;
using Disclosure.Testing;

namespace Disclosure.E2E.Infrastructure;

/// <summary>
/// Builds a content folder with the real CLI at a pinned date, serves it on 127.0.0.1 and opens Chromium, once for
/// all the tests that share the fixture. Subclasses say which content, and may write it first.
/// </summary>
public abstract class BuiltSiteFixture : IAsyncLifetime
{
    public const string Today = "2026-11-30";
    public const string BasePath = "/hogo/";

    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>A temporary folder of the fixture's own, deleted at the end.</summary>
    protected string WorkFolder { get; } = Path.Combine(Path.GetTempPath(), "disclosure-e2e-" + Guid.NewGuid().ToString("N"));

    public string OutputDirectory => Path.Combine(WorkFolder, "output");

    public StaticSiteServer Server => _server ?? throw new InvalidOperationException("Not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Not started.");

    public string BuildOutput { get; private set; } = "";

    /// <summary>The content folder to build, ready once this returns.</summary>
    protected abstract Task<string> ContentDirectoryAsync();

    /// <summary>More arguments for <c>disclosure build</c>, e.g. <c>--no-search</c>.</summary>
    protected virtual IEnumerable<string> BuildArguments => [];

    public async Task InitializeAsync()
    {
        var content = await ContentDirectoryAsync();
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            ["build", "--content", content, "--theme", RepositoryPaths.Theme, "--output", OutputDirectory, "--now", Today, .. BuildArguments]);
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

    public virtual async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (Directory.Exists(WorkFolder))
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
    }
}
