using Disclosure.Comments.Store;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests.Support;

/// <summary>
/// One test site and one comment server for a collection of tests: a high rate limit, so tests never wait for each
/// other, and a staff token, so the admin export is on. The same tests run against each store: a test class is
/// abstract, taking this fixture, and has one derived class per store in that store's collection
/// (<see cref="SqliteServerCollection"/>, <see cref="PostgresServerCollection"/>).
/// </summary>
public abstract class CommentServerFixture(string storeKind) : IAsyncLifetime
{
    public const string StaffName = "hogo-tanto";
    public const string StaffToken = "test-staff-token-0123456789abcdef";

    private TestStore? _store;

    public string StoreKind => storeKind;
    public TestSite Site { get; private set; } = null!;
    public CommentServerProcess Server { get; private set; } = null!;

    /// <summary>scheme://host:port of the site, as a browser sends it in Origin.</summary>
    public string SiteOrigin { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(storeKind);
        var port = CommentServerProcess.FreePort();
        var sitePort = CommentServerProcess.FreePort();
        SiteOrigin = $"http://127.0.0.1:{sitePort}";
        Site = await TestSite.CreateAsync($"{SiteOrigin}/hogo/", $"http://127.0.0.1:{port}");
        var settings = new Dictionary<string, string>(_store.Settings)
        {
            ["Comments__SitePath"] = Site.OutputDirectory,
            ["Comments__SiteUrl"] = Site.SiteUrl,
            [$"Comments__StaffTokens__{StaffName}"] = StaffToken,
            ["Comments__RateLimit__PermitLimit"] = "100000",
            ["Comments__RateLimit__RequestsPerMinute"] = "100000",
            ["Comments__RateLimit__WindowSeconds"] = "60",
        };
        Server = await CommentServerProcess.StartAsync(settings, port);
    }

    public CommentClient Client() => new(Server.Client(), SiteOrigin);

    public StoreReader Store() => _store!.Reader();

    /// <summary>Runs <c>disclosure comments …</c> against this server's store.</summary>
    public Task<(int ExitCode, string Stdout, string Stderr)> RunCliAsync(params string[] arguments) => _store!.RunCliAsync(arguments);

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        Site?.Dispose();
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}

public sealed class SqliteServerFixture() : CommentServerFixture(CommentStores.Sqlite);

public sealed class PostgresServerFixture() : CommentServerFixture(CommentStores.Postgres);

[CollectionDefinition(Name)]
public sealed class SqliteServerCollection : ICollectionFixture<SqliteServerFixture>
{
    public const string Name = "comment server on SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresServerCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "comment server on PostgreSQL";
}
