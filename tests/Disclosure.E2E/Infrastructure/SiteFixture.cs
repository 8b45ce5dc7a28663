using Disclosure.Testing;

namespace Disclosure.E2E.Infrastructure;

/// <summary>The repository's example content, built, served and open in Chromium once for all the site tests.</summary>
public sealed class SiteFixture : BuiltSiteFixture
{
    /// <summary>The axe outcomes of this run, for the accessibility report.</summary>
    public AxeResultsCollector AxeResults { get; } = new();

    /// <summary>A page's public address, as the report names it.</summary>
    public string PublicUrl(string sitePath) => new Uri(PublicBase.Value, sitePath.TrimStart('/')).ToString();

    private static readonly Lazy<Uri> PublicBase = new(() => new Uri(File.ReadLines(Path.Combine(RepositoryPaths.Content, "site.yml"))
        .First(line => line.StartsWith("base_url:", StringComparison.Ordinal))["base_url:".Length..].Trim().Trim('"', '\'')));

    protected override Task<string> ContentDirectoryAsync() => Task.FromResult(RepositoryPaths.Content);

    /// <summary>Site paths of every HTML page the build wrote (<c>/assessments/x/</c>, <c>/404.html</c>).</summary>
    public IReadOnlyList<string> AllPages() =>
        Directory.EnumerateFiles(OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(OutputDirectory, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("/index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Select(p => string.Join('/', p.Split('/').Select(Uri.EscapeDataString)))
            .Order(StringComparer.Ordinal)
            .ToList();

    public override async Task DisposeAsync()
    {
        AxeResults.WriteReportIfRequested(DateOnly.FromDateTime(DateTime.UtcNow.AddHours(9)));
        await base.DisposeAsync();
    }
}
