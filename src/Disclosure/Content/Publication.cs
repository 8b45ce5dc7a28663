namespace Disclosure.Content;

/// <summary>When a document is public: never (<see cref="IsPrivate"/>), from a day, and until a day.</summary>
/// <param name="PublishAt">The document appears from this day (Japan time); before it, it is not written at all.</param>
/// <param name="ExpiresAt">From this day it leaves every list; its page stays, with a notice.</param>
public sealed record Publication(bool IsPrivate, DateOnly? PublishAt, DateOnly? ExpiresAt)
{
    public static readonly Publication Always = new(false, null, null);

    public bool IsExpiredOn(DateOnly today) => ExpiresAt is { } expires && today >= expires;
}
