namespace Disclosure.Cli.Preview;

/// <summary>
/// Runs an action once things have been quiet for a moment: saving one file raises several events,
/// and saving many files at once (a git checkout) raises hundreds, all of which deserve one build.
/// </summary>
public sealed class Debouncer : IDisposable
{
    private readonly TimeSpan _quietPeriod;
    private readonly Timer _timer;

    public Debouncer(TimeSpan quietPeriod, Action action)
    {
        _quietPeriod = quietPeriod;
        _timer = new Timer(_ => action(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Poke() => _timer.Change(_quietPeriod, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();
}
