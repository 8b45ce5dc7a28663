using System.Runtime;

namespace Disclosure.Cli.Preview;

/// <summary>
/// Collects garbage while the user reads rather than while they wait. After a build, the runtime is asked for a
/// stretch without any collection, twice as large as the most any rebuild has allocated (asking for it collects first, at an idle moment); the
/// stretch ends as soon as the next build has written its files.
/// On a site of ten thousand pages, collections during a rebuild otherwise cost about as much as the rebuild itself.
/// </summary>
public sealed class CollectBetweenBuilds
{
    private const long Largest = 768L << 20;
    private long _budget = 256L << 20;
    private long? _allocatedAtStart;

    /// <summary>Called when a build has finished and the preview waits for the next change.</summary>
    public void Begin()
    {
        try
        {
            GC.TryStartNoGCRegion(_budget);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Already in such a stretch, or the runtime cannot give one this large: collections simply happen as usual.
        }
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
    }

    /// <summary>Called when a build has written its files: collections may happen again.</summary>
    public void End()
    {
        if (_allocatedAtStart is { } start)
        {
            // Measured from the idle moment before a rebuild; the first build, which makes the whole site, is not.
            _budget = Math.Min(Math.Max(_budget, (GC.GetTotalAllocatedBytes() - start) * 2), Largest);
            _allocatedAtStart = null;
        }
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }
        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The stretch ran out (a collection happened) between the check and the call: nothing to end.
        }
    }
}
