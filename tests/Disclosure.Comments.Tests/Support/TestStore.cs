using Disclosure.Comments.Store;
using Disclosure.Testing;
using Microsoft.Data.Sqlite;

namespace Disclosure.Comments.Tests.Support;

/// <summary>
/// The store a test's server keeps submissions in, of either kind: the settings that point a server at it, the
/// staff commands run against it, and a way to look into it directly.
/// </summary>
public abstract class TestStore : IAsyncDisposable
{
    public abstract string Kind { get; }

    /// <summary>The server settings (<c>Comments__*</c> environment variables) for this store.</summary>
    public abstract IReadOnlyDictionary<string, string> Settings { get; }

    public abstract StoreReader Reader();

    /// <summary>Runs <c>disclosure comments …</c> against this store, configured as an operator would.</summary>
    public abstract Task<(int ExitCode, string Stdout, string Stderr)> RunCliAsync(params string[] arguments);

    public abstract ValueTask DisposeAsync();

    /// <summary>A new, empty store: a file not yet created, or a database of its own (which fails if none can be made; see <see cref="TestPostgres"/>).</summary>
    public static async Task<TestStore> CreateAsync(string kind) => kind switch
    {
        CommentStores.Sqlite => new SqliteTestStore(),
        CommentStores.Postgres => new PostgresTestStore(await TestPostgres.CreateDatabaseAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

/// <summary>A SQLite file in a temporary folder of its own, given to the commands with <c>--store</c>.</summary>
public sealed class SqliteTestStore : TestStore
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "disclosure-store-" + Guid.NewGuid().ToString("N"));

    public string Path => System.IO.Path.Combine(_folder, "comments.db");

    public override string Kind => CommentStores.Sqlite;

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string> { ["Comments__StorePath"] = Path };

    public override StoreReader Reader() => new StoreFile(Path);

    public override Task<(int ExitCode, string Stdout, string Stderr)> RunCliAsync(params string[] arguments) =>
        CliRunner.RunAsync([.. arguments, "--store", Path]);

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A file still held open: the temporary folder is left for the system to clean.
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>A database of its own on the test PostgreSQL, given to server and commands as environment variables.</summary>
public sealed class PostgresTestStore(string connectionString) : TestStore
{
    public string ConnectionString => connectionString;

    public override string Kind => CommentStores.Postgres;

    public override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Comments__Store"] = CommentStores.Postgres,
        ["Comments__PostgresConnectionString"] = connectionString,
    };

    public override StoreReader Reader() => Database();

    public PostgresStore Database() => new(connectionString);

    /// <summary>As <see cref="CliRunner"/>, with the store's settings in the environment: the password never goes on a command line.</summary>
    public override Task<(int ExitCode, string Stdout, string Stderr)> RunCliAsync(params string[] arguments) =>
        CliRunner.RunWithEnvironmentAsync(Settings, arguments);

    public override async ValueTask DisposeAsync() => await TestPostgres.DropDatabaseAsync(connectionString);
}
