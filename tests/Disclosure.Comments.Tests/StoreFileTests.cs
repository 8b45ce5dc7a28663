using Disclosure.Comments.Store;
using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>The SQLite file: created with its schema on first start, in WAL mode, and kept across restarts.</summary>
[Collection(SeparateServersCollection.Name)]
public sealed class StoreFileTests(SiteFixture fixture)
{
    /// <summary>
    /// The operator learns at start, not at the first citizen's submission, whether the store can be opened: the file
    /// exists, with its schema, as soon as the server answers /health.
    /// </summary>
    [Fact]
    public async Task The_store_file_is_created_with_its_schema_when_the_server_starts()
    {
        var path = fixture.NewStorePath();
        Assert.False(File.Exists(path));

        await using var server = await fixture.StartServerAsync(path);

        Assert.True(File.Exists(path), "the server answers /health but has not created its store: it is opened only on the first request");
        var store = new StoreFile(path);
        Assert.Equal((long)SchemaMigrations.Latest, store.Scalar("PRAGMA user_version"));
        Assert.Equal("wal", store.Scalar("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task A_new_store_has_schema_1_in_wal_mode_and_a_restarted_server_keeps_earlier_submissions()
    {
        var path = fixture.NewStorePath();
        Assert.False(Directory.Exists(Path.GetDirectoryName(path)));
        var marker = Form.Marker();
        string receipt;

        await using (var first = await fixture.StartServerAsync(path))
        {
            using var client = new CommentClient(first.Client(), fixture.SiteOrigin);
            receipt = await client.SubmitAsync(TestSite.StrictPeriod, $"再起動の前 {marker}", Form.Personal(marker));

            Assert.True(File.Exists(path));
            var store = new StoreFile(path);
            Assert.Equal((long)SchemaMigrations.Latest, store.Scalar("PRAGMA user_version"));
            Assert.Equal("wal", store.Scalar("PRAGMA journal_mode"));
            Assert.Equal(1L, store.Scalar("SELECT COUNT(*) FROM submissions"));
            Assert.Equal(0L, store.Scalar("SELECT COUNT(*) FROM access_log"));
            first.KillHard(); // no shutdown code: what was answered must already be on disk
        }

        await using var second = await fixture.StartServerAsync(path);
        using var again = new CommentClient(second.Client(), fixture.SiteOrigin);

        var page = await again.GetAsync($"periods/{TestSite.StrictPeriod}/receipts/{receipt}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(receipt, page.Document.QuerySelector(".receipt-number")?.TextContent);

        var store2 = new StoreFile(path);
        var row = Assert.Single(store2.RowsWith(marker));
        Assert.Equal(receipt, row.Receipt);
        Assert.Equal($"山田 太郎 {marker}", row.Name);
        Assert.Equal((long)SchemaMigrations.Latest, store2.Scalar("PRAGMA user_version"));

        // The restarted server goes on detecting duplicates against the earlier rows.
        var later = await again.SubmitAsync(TestSite.StrictPeriod, $"再起動の前 {marker}", Form.Personal(marker));
        Assert.NotEqual(receipt, later);
        Assert.Equal(receipt, store2.Receipt(later)!.DuplicateOf);
    }

    [Fact]
    public async Task A_store_written_by_a_newer_schema_is_refused_rather_than_damaged()
    {
        var path = fixture.NewStorePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 99";
            await command.ExecuteNonQueryAsync();
        }

        var (exit, _, stderr) = await CliRunner.RunAsync("comments", "access-log", "--store", path);

        Assert.NotEqual(0, exit);
        Assert.Contains("newer version", stderr);
        Assert.Equal(99L, new StoreFile(path).Scalar("PRAGMA user_version"));
    }

    [Fact]
    public async Task The_cli_refuses_a_store_that_does_not_exist_and_creates_none()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"disclosure-missing-{Guid.NewGuid():N}.db");

        var (exit, stdout, stderr) = await CliRunner.RunAsync("comments", "access-log", "--store", missing);

        Assert.NotEqual(0, exit);
        Assert.Contains("がありません", stderr);
        Assert.False(File.Exists(missing));
        Assert.Equal("", stdout.Trim());
    }
}
