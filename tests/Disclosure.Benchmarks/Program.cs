using System.Diagnostics;
using System.Globalization;
using Disclosure.Pipeline;
using Disclosure.Pipeline.Incremental;
using Disclosure.Time;

// Usage: Disclosure.Benchmarks CONTENT THEME OUTPUT [RUNS=3] [--incremental]
//        Disclosure.Benchmarks --preview CLI_DLL CONTENT THEME [RUNS=10]
// Full builds: the first run includes Razor compilation; later runs in the same process show the warm cost.
// --incremental: one full build, then RUNS rebuilds each after changing one assessment (its body, then its
// title, alternately), as the preview does, with no garbage collection during a rebuild (as in the preview); the
// assessment file is restored at the end.
// --preview: `disclosure serve` as a process, timed from saving a file to the browser's reload event.
if (args.Length >= 4 && args[0] == "--preview")
{
    return await PreviewRebuild.RunAsync(args[1], args[2], args[3], args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 10);
}
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Disclosure.Benchmarks CONTENT THEME OUTPUT [RUNS] [--incremental] | --preview CLI_DLL CONTENT THEME [RUNS]");
    return 2;
}
var runs = args.Length > 3 && int.TryParse(args[3], CultureInfo.InvariantCulture, out var n) ? n : 3;
var incremental = args.Contains("--incremental");
var options = new BuildOptions
{
    ContentDirectory = args[0],
    ThemeDirectory = args[1],
    OutputDirectory = args[2],
    Now = TokyoTime.StartOf(new DateOnly(2026, 11, 30)),
};
var phases = incremental ? new IncrementalPhases() : null;

async Task<bool> BuildAsync(string label)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var faults = PageFaults.Of(Environment.ProcessId);
    var pause = GC.GetTotalPauseDuration();
    var gen2 = GC.CollectionCount(2);
    var allocated = GC.GetTotalAllocatedBytes();
    var result = await new SiteBuilder(options, phases).BuildAsync();
    var allocatedByBuild = GC.GetTotalAllocatedBytes() - allocated;
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    faults = PageFaults.Of(Environment.ProcessId) - faults;
    if (!result.Succeeded)
    {
        Console.Error.WriteLine(string.Join('\n', result.Diagnostics.Take(10)));
        return false;
    }
    var written = result.FilesWritten - result.FilesUnchanged;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: pages={result.PagesWritten} wall={result.Elapsed.TotalMilliseconds:0}ms per-page={result.Elapsed.TotalMilliseconds / result.PagesWritten:0.00}ms cpu={used.TotalMilliseconds:0}ms page-faults={faults} files-written={written} gc-pause={(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0}ms gen2={GC.CollectionCount(2) - gen2} allocated={allocatedByBuild / 1024 / 1024}MB peak-ws={Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024}MB"));
    Console.WriteLine("  " + string.Join("  ", result.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase}={p.Elapsed.TotalMilliseconds:0}"))));
    return true;
}

if (!incremental)
{
    for (var run = 1; run <= runs; run++)
    {
        if (!await BuildAsync($"run {run}"))
        {
            return 1;
        }
    }
    return 0;
}

var file = Directory.EnumerateFiles(Path.Combine(options.ContentDirectory, "assessments"), "*.md").Order(StringComparer.Ordinal).Skip(100).First();
var original = await File.ReadAllTextAsync(file);
try
{
    if (!await BuildAsync("full"))
    {
        return 1;
    }
    var (title, body) = ("", "");
    for (var run = 1; run <= runs; run++)
    {
        // Each change changes only one thing, as in --preview: the body (the title stays as it was) or the title.
        var retitle = run % 2 == 0;
        (title, body) = retitle ? ($"改{run} ", body) : (title, $"\n\n追記 {run}。\n");
        var changed = original.Replace("\ntitle: ", $"\ntitle: {title}", StringComparison.Ordinal) + body;
        await File.WriteAllTextAsync(file, changed);
        // As the preview's file watcher tells it: only this file changed.
        phases!.Edited(new EditedPaths([Path.GetFullPath(file)]));
        // As the preview does (CollectBetweenBuilds): garbage is collected, and the heap compacted, between builds, not
        // during one.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var noCollection = GC.TryStartNoGCRegion(512L << 20, disallowFullBlockingGC: true);
        var built = await BuildAsync($"change {run} ({(retitle ? "title" : "body")} of {Path.GetFileName(file)})");
        if (noCollection && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
        if (!built)
        {
            return 1;
        }
    }
}
finally
{
    await File.WriteAllTextAsync(file, original);
}
return 0;
