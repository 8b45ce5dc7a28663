using Disclosure.Testing;

namespace Disclosure.Comments.Tests.Support;

/// <summary>
/// One test site and one comment server for the tests of the collection "comment server": a high rate limit, so tests
/// never wait for each other, and a staff token, so the admin export is on.
/// </summary>
public sealed class CommentServerFixture : IAsyncLifetime
{
    public const string StaffName = "hogo-tanto";
    public const string StaffToken = "test-staff-token-0123456789abcdef";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "disclosure-comments-" + Guid.NewGuid().ToString("N"));

    public TestSite Site { get; private set; } = null!;
    public CommentServerProcess Server { get; private set; } = null!;
    public string StorePath => Path.Combine(_folder, "comments.db");

    /// <summary>scheme://host:port of the site, as a browser sends it in Origin.</summary>
    public string SiteOrigin { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var port = CommentServerProcess.FreePort();
        var sitePort = CommentServerProcess.FreePort();
        SiteOrigin = $"http://127.0.0.1:{sitePort}";
        Site = await TestSite.CreateAsync($"{SiteOrigin}/hogo/", $"http://127.0.0.1:{port}");
        Server = await CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__StorePath"] = StorePath,
            ["Comments__SitePath"] = Site.OutputDirectory,
            ["Comments__SiteUrl"] = Site.SiteUrl,
            [$"Comments__StaffTokens__{StaffName}"] = StaffToken,
            ["Comments__RateLimit__PermitLimit"] = "100000",
            ["Comments__RateLimit__WindowSeconds"] = "60",
        }, port);
    }

    public CommentClient Client() => new(Server.Client(), SiteOrigin);

    public StoreFile Store() => new(StorePath);

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Site.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temporary folder is left for the system to clean.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CommentServerCollection : ICollectionFixture<CommentServerFixture>
{
    public const string Name = "comment server";
}
