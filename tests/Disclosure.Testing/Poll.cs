namespace Disclosure.Testing;

/// <summary>Waits for something a server does in its own time (a log line, a recovery), up to a deadline, then fails saying what did not happen.</summary>
public static class Poll
{
    public static Task UntilAsync(Func<bool> condition, TimeSpan within, Func<string> describe) =>
        UntilAsync(() => Task.FromResult(condition()), within, describe);

    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan within, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException(describe());
            }
            await Task.Delay(200);
        }
    }
}
