using System.Data.Common;
using System.Net.Sockets;

namespace Disclosure.Comments.Store;

/// <summary>
/// The server's store: every failure of the store itself — a full or read-only disk, a folder gone, a database that
/// does not answer — becomes a <see cref="StoreUnavailableException"/> (answered 503, never 500) and is told to
/// <see cref="StoreHealth"/>; every success tells it the store is back.
/// </summary>
public sealed class MonitoredCommentStore(ICommentStore inner, StoreHealth health) : ICommentStore
{
    public Task<string> AddAsync(NewComment comment, CancellationToken cancellationToken = default) => Watch(() => inner.AddAsync(comment, cancellationToken));

    public Task<bool> ExistsAsync(string periodId, string receipt, CancellationToken cancellationToken = default) =>
        Watch(() => inner.ExistsAsync(periodId, receipt, cancellationToken));

    public Task<IReadOnlyList<StoredComment>> ReadForStaffAsync(string periodId, string actor, string action, CancellationToken cancellationToken = default) =>
        Watch(() => inner.ReadForStaffAsync(periodId, actor, action, cancellationToken));

    public Task<int> PurgePersonalDataAsync(DateOnly closedBefore, string actor, CancellationToken cancellationToken = default) =>
        Watch(() => inner.PurgePersonalDataAsync(closedBefore, actor, cancellationToken));

    public Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(CancellationToken cancellationToken = default) => Watch(() => inner.ReadAccessLogAsync(cancellationToken));

    public Task ProbeAsync(CancellationToken cancellationToken = default) => Watch(async () =>
    {
        await inner.ProbeAsync(cancellationToken);
        return true;
    });

    public Task<IReadOnlyList<string>> PeriodIdsAsync(CancellationToken cancellationToken = default) => Watch(() => inner.PeriodIdsAsync(cancellationToken));

    public ValueTask DisposeAsync() => inner.DisposeAsync();

    private async Task<T> Watch<T>(Func<Task<T>> work)
    {
        try
        {
            var result = await work();
            health.Succeeded();
            return result;
        }
        catch (Exception e) when (IsStoreFailure(e))
        {
            health.Failed(e);
            throw e as StoreUnavailableException ?? new StoreUnavailableException(e.Message, e);
        }
    }

    /// <summary>What the store, not the request, is to blame for: errors of the database or of the disk and network under it.</summary>
    private static bool IsStoreFailure(Exception e) =>
        e is StoreUnavailableException or DbException or IOException or SocketException or TimeoutException or UnauthorizedAccessException
        || e is InvalidOperationException && e.InnerException is DbException or SocketException or IOException;
}
