using Disclosure.Comments.Store;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;
using Npgsql;

namespace Disclosure.Comments.Tests;

/// <summary>
/// The PostgreSQL store itself, several instances of it in this process on one database: what several servers would
/// do, started and writing at exactly the same moment, many more times than whole servers could in a test.
/// </summary>
[RequiresPostgres]
public sealed class PostgresStoreTests : IAsyncLifetime
{
    private PostgresTestStore? _store;

    /// <summary>The test database, with small pools: several stores open at once within the server's connection limit.</summary>
    private string ConnectionString => new NpgsqlConnectionStringBuilder(_store!.ConnectionString) { MaxPoolSize = 16 }.ConnectionString;

    public async Task InitializeAsync() => _store = (PostgresTestStore)await TestStore.CreateAsync(CommentStores.Postgres);

    [Fact]
    public async Task Stores_opened_at_the_same_moment_on_a_new_database_apply_each_step_once()
    {
        var stores = await OpenAtOnceAsync(6);
        try
        {
            var database = _store!.Database();
            Assert.Equal((long)SchemaMigrations.Latest, database.Scalar("SELECT count(*) FROM schema_version"));
            Assert.Equal(SchemaMigrations.Latest, database.Scalar("SELECT max(version) FROM schema_version"));
            Assert.Equal(0L, database.Scalar("SELECT count(*) FROM submissions"));
            Assert.Equal("on", database.Scalar("SHOW synchronous_commit"));
        }
        finally
        {
            await Task.WhenAll(stores.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    [Fact]
    public async Task Identical_texts_added_at_the_same_moment_through_several_stores_all_name_the_first()
    {
        var stores = await OpenAtOnceAsync(4);
        try
        {
            var marker = Form.Marker();
            const int texts = 10;
            const int copies = 40;
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var adds = Enumerable.Range(0, texts * copies).Select(i => Task.Run(async () =>
            {
                var text = i % texts;
                await gate.Task;
                var receipt = await stores[i % stores.Length].AddAsync(new NewComment(
                    TestSite.OpenPeriod, new DateOnly(2099, 12, 31), DateTimeOffset.UtcNow, null, $"{marker} 一斉に {text}", null, null, null));
                return (Text: text, Receipt: receipt);
            })).ToList();
            gate.SetResult();
            var added = await Task.WhenAll(adds);

            Assert.Equal(texts * copies, added.Select(a => a.Receipt).Distinct().Count());
            var rows = await stores[0].ReadForStaffAsync(TestSite.OpenPeriod, "test", "check");
            var mine = rows.Where(r => r.Opinion.StartsWith(marker, StringComparison.Ordinal)).ToList();
            Assert.Equal(texts * copies, mine.Count);
            var textOf = added.ToDictionary(a => a.Receipt, a => a.Text);
            foreach (var group in mine.GroupBy(r => textOf[r.Receipt]))
            {
                var ordered = group.ToList(); // in the order stored
                Assert.Null(ordered[0].DuplicateOf);
                Assert.All(ordered.Skip(1), r => Assert.Equal(ordered[0].Receipt, r.DuplicateOf));
            }
        }
        finally
        {
            await Task.WhenAll(stores.Select(s => s.DisposeAsync().AsTask()));
        }
    }

    /// <summary>
    /// The race itself, made to happen: another instance has stored the first of a text but not yet committed it. The
    /// store must wait for it, and then name it as the first if it commits, or become the first if it rolls back.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_repeat_of_a_first_that_another_instance_is_still_storing_waits_for_it(bool otherCommits)
    {
        await using var store = PostgresCommentStore.Open(ConnectionString);
        var opinion = $"{Form.Marker()} 同じ瞬間の意見";
        var otherReceipt = Disclosure.Comments.Receipts.ReceiptNumber.New();
        await using var other = new NpgsqlConnection(_store!.ConnectionString);
        await other.OpenAsync();
        await using var transaction = await other.BeginTransactionAsync();
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO submissions (receipt, period_id, period_closes, received_at, opinion, opinion_hash)
            VALUES (@receipt, @period, @closes, now(), @opinion, @hash)
            """, other, transaction))
        {
            insert.Parameters.AddWithValue("receipt", otherReceipt);
            insert.Parameters.AddWithValue("period", TestSite.OpenPeriod);
            insert.Parameters.AddWithValue("closes", new DateOnly(2099, 12, 31));
            insert.Parameters.AddWithValue("opinion", opinion);
            insert.Parameters.AddWithValue("hash", OpinionText.Fingerprint(opinion));
            await insert.ExecuteNonQueryAsync();
        }

        var adding = store.AddAsync(new NewComment(TestSite.OpenPeriod, new DateOnly(2099, 12, 31), DateTimeOffset.UtcNow, null, opinion, null, null, null));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(adding.IsCompleted, "the store did not wait for the first of the same text that another instance was storing");
        if (otherCommits)
        {
            await transaction.CommitAsync();
        }
        else
        {
            await transaction.RollbackAsync();
        }
        var receipt = await adding.WaitAsync(TimeSpan.FromSeconds(30));

        var row = _store.Database().Receipt(receipt)!;
        Assert.Equal(otherCommits ? otherReceipt : null, row.DuplicateOf);
        Assert.Equal(otherCommits ? 2 : 1, _store.Database().RowsWith(opinion).Count);
    }

    [Fact]
    public async Task A_database_with_a_newer_schema_is_refused_and_left_as_it_was()
    {
        await PostgresCommentStore.Open(ConnectionString).DisposeAsync();
        _store!.Database().Execute("INSERT INTO schema_version (version) VALUES (99)");

        var refused = Assert.Throws<InvalidOperationException>(() => PostgresCommentStore.Open(ConnectionString));
        var (exit, _, stderr) = await _store.RunCliAsync("comments", "access-log");

        Assert.Contains("newer version", refused.Message);
        Assert.NotEqual(0, exit);
        Assert.Contains("newer version", stderr);
        Assert.Equal(99, _store.Database().Scalar("SELECT max(version) FROM schema_version"));
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    private async Task<PostgresCommentStore[]> OpenAtOnceAsync(int count)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var opening = Enumerable.Range(0, count).Select(_ => Task.Run(async () =>
        {
            await gate.Task;
            return PostgresCommentStore.Open(ConnectionString);
        })).ToList();
        gate.SetResult();
        return await Task.WhenAll(opening);
    }
}
