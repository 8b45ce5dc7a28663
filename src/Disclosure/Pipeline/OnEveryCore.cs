namespace Disclosure.Pipeline;

/// <summary>
/// Maps a list on every core and keeps its order. PLINQ did this before; its many generic types are compiled while
/// the process runs (ReadyToRun cannot compile them ahead for this library's types), which cost every short build —
/// a city's site of 25 assessments — a tenth of its time before any page was made.
/// </summary>
public static class OnEveryCore
{
    public static List<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map)
    {
        var results = new TOut[items.Count];
        Parallel.For(0, items.Count, i => results[i] = map(items[i]));
        return [.. results];
    }

    /// <summary>As <see cref="Map{TIn,TOut}"/>, each item giving a list of results, joined in the items' order.</summary>
    public static List<TOut> MapMany<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, IEnumerable<TOut>> map)
    {
        var results = new IReadOnlyList<TOut>[items.Count];
        Parallel.For(0, items.Count, i => results[i] = [.. map(items[i])]);
        var joined = new List<TOut>(results.Sum(r => r.Count));
        foreach (var result in results)
        {
            joined.AddRange(result);
        }
        return joined;
    }
}
