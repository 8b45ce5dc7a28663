using Disclosure.Comments.Store;
using Disclosure.Comments.Tests.Support;

namespace Disclosure.Comments.Tests;

/// <summary>
/// The stores take the time from the server's <see cref="TimeProvider"/>, never the machine's clock: what the access
/// log records is the time the server was given.
/// </summary>
public abstract class StoreClockTests(string storeKind) : IAsyncLifetime
{
    private static readonly DateTimeOffset Given = new(2031, 4, 1, 9, 30, 0, TimeSpan.Zero);
    private TestStore? _store;

    public async Task InitializeAsync() => _store = await TestStore.CreateAsync(storeKind);

    [Fact]
    public async Task Exports_and_purges_are_logged_at_the_time_the_server_gives()
    {
        await using var store = CommentStores.Open(storeKind, (_store as SqliteTestStore)?.Path ?? "", (_store as PostgresTestStore)?.ConnectionString,
            new FixedTime(Given));

        await store.ReadForStaffAsync("kokuho-2026-iken", "staff", "export");
        await store.PurgePersonalDataAsync(new DateOnly(2031, 3, 1), "staff");

        var log = await store.ReadAccessLogAsync();
        Assert.Equal(["export", "purge"], log.Select(e => e.Action).Order());
        Assert.All(log, entry => Assert.Equal(Given, entry.At.ToUniversalTime()));
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class StoreClockTestsOnSqlite() : StoreClockTests(CommentStores.Sqlite);

[RequiresPostgres]
public sealed class StoreClockTestsOnPostgres() : StoreClockTests(CommentStores.Postgres);
