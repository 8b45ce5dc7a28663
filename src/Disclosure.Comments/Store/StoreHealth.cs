namespace Disclosure.Comments.Store;

/// <summary>
/// Whether the store can take submissions now, as the last write or read found it. A failure is logged once, in one
/// line, when it starts, and its end once when the store is back — not a stack trace per citizen turned away.
/// </summary>
public sealed class StoreHealth(ILogger<StoreHealth> logger, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private (string Problem, DateTimeOffset Since)? _failure;

    public bool IsHealthy => _failure is null;

    public string? Problem => _failure?.Problem;

    /// <summary>How long a citizen should wait before trying again.</summary>
    public const int RetryAfterSeconds = 30;

    public void Failed(Exception e)
    {
        lock (_gate)
        {
            if (_failure is null)
            {
                _failure = (e.Message, clock.GetUtcNow());
                logger.LogError("The comment store is unavailable ({Problem}); forms are answered 503 until it is back.", e.Message);
            }
        }
    }

    public void Succeeded()
    {
        if (_failure is null)
        {
            return;
        }
        lock (_gate)
        {
            if (_failure is { } failure)
            {
                _failure = null;
                logger.LogInformation("The comment store is back after {Seconds:0} s.", (clock.GetUtcNow() - failure.Since).TotalSeconds);
            }
        }
    }
}
