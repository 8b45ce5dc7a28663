using Disclosure.Comments.Store;
using Disclosure.Comments.Tests.Support;

namespace Disclosure.Comments.Tests;

/// <summary>Only the server writes to the store to prove it can; a staff command that reads writes nothing for it.</summary>
public sealed class StaffCommandStoreTests
{
    [Fact]
    public async Task Reading_the_access_log_writes_no_probe_to_the_store()
    {
        await using var store = new SqliteTestStore();
        await SqliteCommentStore.Open(store.Path).DisposeAsync();

        var (exit, _, stderr) = await store.RunCliAsync("comments", "access-log");

        Assert.True(exit == 0, stderr);
        Assert.Equal(0L, new StoreFile(store.Path).Scalar("SELECT COUNT(*) FROM store_check"));
    }
}
