using Disclosure.Testing;

namespace Disclosure.Comments.Tests.Support;

/// <summary>
/// A test site of its own for the tests that start their own servers (rate limit, no staff token, restarts), so the
/// main site's rebuild in another collection never touches it. Its forms point at a port nothing listens on: these
/// tests post to their own servers directly.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "disclosure-comments-" + Guid.NewGuid().ToString("N"));

    public TestSite Site { get; private set; } = null!;
    public string SiteOrigin { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        SiteOrigin = $"http://127.0.0.1:{CommentServerProcess.FreePort()}";
        Site = await TestSite.CreateAsync($"{SiteOrigin}/hogo/", $"http://127.0.0.1:{CommentServerProcess.FreePort()}");
    }

    /// <summary>A new, not yet existing store file in this fixture's temporary folder.</summary>
    public string NewStorePath() => Path.Combine(_folder, Guid.NewGuid().ToString("N"), "comments.db");

    public Task<CommentServerProcess> StartServerAsync(string storePath, IReadOnlyDictionary<string, string>? extra = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Comments__StorePath"] = storePath,
            ["Comments__SitePath"] = Site.OutputDirectory,
            ["Comments__SiteUrl"] = Site.SiteUrl,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        return CommentServerProcess.StartAsync(settings);
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system to clean.
        }
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SeparateServersCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "separate servers";
}
