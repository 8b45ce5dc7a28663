using System.Net;
using Disclosure.Comments.Store;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;
using Npgsql;

namespace Disclosure.Comments.Tests;

/// <summary>
/// Never a receipt for an opinion that is not durably stored, never a 500 for a store problem: a store that cannot
/// be written (a read-only disk) stops the start; a failure while running — a full disk, the store's folder gone, the
/// database down — answers 503 with a page (the form kept) and Retry-After, logs one line, turns /health unhealthy,
/// and the server recovers by itself when the store is back. Every receipt given is in the store afterwards.
/// </summary>
[Collection(SeparateServersCollection.Name)]
public sealed class StoreFailureTests(SiteFixture fixture)
{
    [Fact]
    public async Task A_store_on_a_read_only_disk_is_refused_at_start()
    {
        using var disk = SmallDisk.Mount(1024);
        var path = Path.Combine(disk.Path, "comments.db");
        await using (var store = SqliteCommentStore.Open(path))
        {
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        disk.ReadOnly();

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => fixture.StartServerAsync(path));

        Assert.Contains("意見受付サーバーを起動できません", exception.Message);
        Assert.Contains("cannot be written", exception.Message);
        Assert.DoesNotContain("   at ", exception.Message);
    }

    [Fact]
    public async Task A_full_disk_answers_503_keeps_the_form_and_recovers_when_space_is_freed()
    {
        using var disk = SmallDisk.Mount(2048);
        var path = Path.Combine(disk.Path, "comments.db");
        await using var server = await fixture.StartServerAsync(path);
        using var client = new CommentClient(server.Client(), fixture.SiteOrigin);
        var marker = Form.Marker();
        var receipts = new List<string> { await client.SubmitAsync(TestSite.OpenPeriod, $"空きがあるうち {marker}") };

        disk.Fill();
        var refused = new List<Reply>();
        for (var i = 0; i < 5; i++)
        {
            // Long enough that a page of the database must grow.
            refused.Add(await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"満杯 {i} {marker} " + new string('あ', 3000), ("name", "佐藤 太郎"))));
        }

        Assert.All(refused, r => AssertUnavailable(r, "佐藤 太郎"));
        Assert.Contains("unhealthy", await (await server.Client().GetAsync("health")).Content.ReadAsStringAsync());
        await AssertOneLogLineAsync(server);

        disk.Free();
        await WaitUntilHealthyAsync(server);
        receipts.Add(await client.SubmitAsync(TestSite.OpenPeriod, $"空いた後 {marker}"));

        await server.DisposeAsync();
        Assert.Equal(receipts.Order(), new StoreFile(path).RowsWith(marker).Select(r => r.Receipt).Order());
    }

    [Fact]
    public async Task A_store_folder_taken_away_gives_no_receipt_and_the_server_recovers_when_it_is_back()
    {
        var folder = Path.GetDirectoryName(fixture.NewStorePath())!;
        var path = Path.Combine(folder, "comments.db");
        var away = folder + "-away";
        await using var server = await fixture.StartServerAsync(path);
        using var client = new CommentClient(server.Client(), fixture.SiteOrigin);
        var marker = Form.Marker();
        var receipts = new List<string> { await client.SubmitAsync(TestSite.OpenPeriod, $"移動前 {marker}") };

        Directory.Move(folder, away);
        var refused = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"移動中 {marker}", ("name", "佐藤 太郎")));
        AssertUnavailable(refused, "佐藤 太郎");
        Assert.Contains("unhealthy", await (await server.Client().GetAsync("health")).Content.ReadAsStringAsync());

        Directory.Move(away, folder);
        await WaitUntilHealthyAsync(server);
        receipts.Add(await client.SubmitAsync(TestSite.OpenPeriod, $"戻った後 {marker}"));

        await server.DisposeAsync();
        // Exactly the opinions that were given a receipt: the one written into the moved file was not.
        Assert.Equal(receipts.Order(), new StoreFile(path).RowsWith(marker).Where(r => !r.Opinion.Contains("移動中", StringComparison.Ordinal))
            .Select(r => r.Receipt).Order());
    }

    internal static void AssertUnavailable(Reply reply, string typedName)
    {
        Assert.True(reply.Status == HttpStatusCode.ServiceUnavailable, reply.ToString());
        Assert.Equal(TimeSpan.FromSeconds(30), reply.Headers.RetryAfter?.Delta);
        Assert.Equal(typedName, PageAssert.InputValue(reply, "name"));
        Assert.Contains("保存されていません", reply.Document.QuerySelector(".error-summary")!.TextContent);
    }

    /// <summary>The failure is told once, in one line, not once per refused citizen, and never with a stack trace.</summary>
    internal static async Task AssertOneLogLineAsync(CommentServerProcess server)
    {
        // The log is written on a thread of its own: wait for the line before counting.
        static List<string> Lines(CommentServerProcess server) =>
            server.Output.Split('\n').Where(l => l.Contains("comment store is unavailable", StringComparison.Ordinal)).ToList();
        await Poll.UntilAsync(() => Lines(server).Count > 0, TimeSpan.FromSeconds(10), () => "No log line about the store:\n" + server.Output);
        Assert.Single(Lines(server));
        Assert.DoesNotContain("   at ", server.Output);
    }

    internal static async Task WaitUntilHealthyAsync(CommentServerProcess server)
    {
        using var client = server.Client();
        await Poll.UntilAsync(async () => (await client.GetAsync("health")).IsSuccessStatusCode, TimeSpan.FromSeconds(30),
            () => "The server did not recover within 30 s:\n" + server.Output);
    }
}

/// <summary>The database behind the PostgreSQL store going down and coming back, through a relay the test can cut.</summary>
[Collection(SeparateServersCollection.Name)]
[RequiresPostgres]
public sealed class StoreFailureOnPostgresTests(SiteFixture fixture)
{
    [Fact]
    public async Task A_database_that_goes_down_answers_503_and_the_server_recovers_when_it_is_back()
    {
        await using var store = new PostgresTestStore(await TestPostgres.CreateDatabaseAsync());
        var real = new NpgsqlConnectionStringBuilder(store.ConnectionString);
        await using var relay = new TcpRelay(new IPEndPoint(IPAddress.Loopback, real.Port));
        var relayed = new NpgsqlConnectionStringBuilder(store.ConnectionString) { Port = relay.Port, Timeout = 3, CommandTimeout = 5 }.ToString();
        await using var server = await fixture.StartServerAsync(fixture.NewStorePath(), new Dictionary<string, string>
        {
            ["Comments__Store"] = CommentStores.Postgres,
            ["Comments__PostgresConnectionString"] = relayed,
        });
        using var client = new CommentClient(server.Client(), fixture.SiteOrigin);
        var marker = Form.Marker();
        var receipts = new List<string> { await client.SubmitAsync(TestSite.OpenPeriod, $"つながるうち {marker}") };

        relay.Cut();
        var refused = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"落ちている {marker}", ("name", "佐藤 太郎")));
        StoreFailureTests.AssertUnavailable(refused, "佐藤 太郎");
        await StoreFailureTests.AssertOneLogLineAsync(server);

        relay.Start();
        await StoreFailureTests.WaitUntilHealthyAsync(server);
        receipts.Add(await client.SubmitAsync(TestSite.OpenPeriod, $"戻った後 {marker}"));

        Assert.Equal(receipts.Order(), store.Database().RowsWith(marker).Select(r => r.Receipt).Order());
    }
}
