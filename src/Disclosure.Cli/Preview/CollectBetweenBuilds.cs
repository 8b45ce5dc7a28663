using System.Runtime;

namespace Disclosure.Cli.Preview;

/// <summary>
/// Collects garbage while the user reads rather than while they wait. Shortly after a build, once the browser has had
/// time to reload and fetch the page, the heap is collected and compacted, and the runtime is asked for a stretch
/// without any collection, twice as large as the most any rebuild has allocated (a pause of a few hundred milliseconds
/// on a large site, which would hold up the reload if it came at once); the stretch ends as soon as the next build has
/// written its files. On a site of ten thousand pages, collections during a rebuild otherwise cost about as much as
/// the rebuild itself.
/// </summary>
/// <remarks>
/// The compaction is what makes the stretch fast. Without it the memory a build kept stayed scattered over the regions
/// it was allocated in, the stretch was given regions new to the process, and every 4 KB page a rebuild touched cost a
/// page fault: at ten thousand assessments 8,000–20,000 faults a save, up to half of a rebuild's time on a virtual
/// machine. Compacted, the stretch reuses memory already touched — once warm, a save faults a few dozen to a few
/// thousand times — and the process grows about a sixth as much while staff edit (20 saves: +60–90 MB, not
/// +500 MB).
/// </remarks>
public sealed class CollectBetweenBuilds
{
    /// <summary>Long enough for the reload event to leave and the reloaded page to be served.</summary>
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);

    private const long Largest = 768L << 20;
    private readonly Lock _gate = new();
    private long _budget = 256L << 20;
    private long? _allocatedAtStart;
    private CancellationTokenSource? _pending;

    /// <summary>Called when a build has finished: the stretch begins once the preview has been idle a moment.</summary>
    public void BeginWhenIdle()
    {
        var pending = new CancellationTokenSource();
        lock (_gate)
        {
            _pending?.Cancel();
            _pending = pending;
        }
        _ = Task.Delay(Idle, pending.Token).ContinueWith(_ =>
        {
            lock (_gate)
            {
                if (!pending.IsCancellationRequested)
                {
                    Begin();
                }
            }
        }, CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    /// <summary>Called when a build starts: a stretch not yet begun is not begun during it.</summary>
    public void BuildStarting()
    {
        lock (_gate)
        {
            _pending?.Cancel();
            _pending = null;
        }
    }

    /// <summary>Called when a build has written its files: collections may happen again.</summary>
    public void End()
    {
        lock (_gate)
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

    private void Begin()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        try
        {
            // Just compacted: the stretch need not begin with another full blocking collection (measured at ten
            // thousand assessments, 0–2 ms to begin instead of about 250 ms).
            GC.TryStartNoGCRegion(_budget, disallowFullBlockingGC: true);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            // Already in such a stretch, or the runtime cannot give one this large: collections simply happen as usual.
        }
        _allocatedAtStart = GC.GetTotalAllocatedBytes();
    }
}
