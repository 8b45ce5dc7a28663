namespace Disclosure.Comments.Options;

/// <summary>How many submissions one client address may send in a window before being asked to wait.</summary>
public sealed class RateLimitOptions
{
    public int PermitLimit { get; set; } = 10;
    public int WindowSeconds { get; set; } = 60;
}
