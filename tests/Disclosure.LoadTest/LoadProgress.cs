namespace Disclosure.LoadTest;

/// <summary>How many receipts a running load has been given so far.</summary>
public sealed class LoadProgress
{
    private int _accepted;

    public int Accepted => Volatile.Read(ref _accepted);

    internal void Add() => Interlocked.Increment(ref _accepted);

    /// <summary>Waits until at least <paramref name="count"/> receipts were given, or the time is up.</summary>
    public async Task WaitForAsync(int count, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (Accepted < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
    }
}
