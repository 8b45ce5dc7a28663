namespace Disclosure.Comments.Store;

/// <summary>While the store is failing, tries a durable write every few seconds, so the server (and <c>/health</c>) recovers by itself when the store is back, without waiting for a citizen to try.</summary>
public sealed class StoreMonitor(ICommentStore store, StoreHealth health, TimeProvider clock) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (health.IsHealthy)
            {
                continue;
            }
            try
            {
                await store.ProbeAsync(stoppingToken);
            }
            catch (StoreUnavailableException)
            {
                // Still down: the health says so already.
            }
        }
    }
}
