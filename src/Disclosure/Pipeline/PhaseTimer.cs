using System.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>How long each phase of a build took, so a slow build shows where its time went (<c>build --timings</c>).</summary>
public sealed class PhaseTimer
{
    private readonly List<(string Phase, TimeSpan Elapsed)> _phases = [];

    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases => _phases;

    public T Time<T>(string phase, Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        _phases.Add((phase, clock.Elapsed));
        return result;
    }

    public void Time(string phase, Action work) => Time(phase, () =>
    {
        work();
        return 0;
    });

    public async Task<T> TimeAsync<T>(string phase, Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        var result = await work();
        _phases.Add((phase, clock.Elapsed));
        return result;
    }
}
