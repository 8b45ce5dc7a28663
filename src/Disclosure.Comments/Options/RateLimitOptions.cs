namespace Disclosure.Comments.Options;

/// <summary>How much one client (its real address, behind a trusted proxy too) may send.</summary>
public sealed class RateLimitOptions
{
    /// <summary>Accepted opinions per client in <see cref="WindowSeconds"/>. A refused form (a field to correct) does not count.</summary>
    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Requests of any kind per client and minute — forms, receipts, the staff export — against floods.</summary>
    public int RequestsPerMinute { get; set; } = 120;
}
