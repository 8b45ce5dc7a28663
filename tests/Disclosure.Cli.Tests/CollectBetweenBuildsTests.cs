using System.Diagnostics;
using System.Runtime;
using Disclosure.Cli.Preview;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The preview's collections between saves, run in this test process: the no-collection stretch begins once the
/// preview has been idle, not while a build runs, and ends when the build has written. (Whether the compaction before
/// it spares the next rebuild its page faults depends on the heap a large site leaves; the incremental benchmark
/// reports the faults per build.)
/// </summary>
[Collection(CollectBetweenBuildsCollection.Name)]
public sealed class CollectBetweenBuildsTests
{
    [Fact]
    public async Task Holds_collections_from_an_idle_moment_until_the_next_build_has_written()
    {
        var collector = new CollectBetweenBuilds();
        try
        {
            collector.BeginWhenIdle();
            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            await WaitUntilAsync(() => GCSettings.LatencyMode == GCLatencyMode.NoGCRegion);

            collector.BuildStarting();
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            collector.End();
        }
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public async Task A_build_that_starts_while_waiting_for_idle_is_not_held()
    {
        var collector = new CollectBetweenBuilds();

        try
        {
            collector.BeginWhenIdle();
            collector.BuildStarting();
            // Twice the idle wait: had the build not cancelled it, the stretch would have begun by now.
            await Task.Delay(TimeSpan.FromSeconds(1));

            Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        }
        finally
        {
            collector.End();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "the stretch did not begin within 10 s");
            await Task.Delay(20);
        }
    }
}

/// <summary>A stretch without collections is the whole process's: these tests run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CollectBetweenBuildsCollection
{
    public const string Name = "collections between builds";
}
