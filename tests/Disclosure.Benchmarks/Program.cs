using System.Diagnostics;
using System.Globalization;
using Disclosure.Pipeline;
using Disclosure.Time;

// Usage: Disclosure.Benchmarks CONTENT THEME OUTPUT [RUNS=3]
// The first run includes Razor compilation; later runs in the same process show the warm cost.
if (args.Length < 3)
{
    Console.Error.WriteLine("usage: Disclosure.Benchmarks CONTENT THEME OUTPUT [RUNS]");
    return 2;
}
var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;
for (var run = 1; run <= runs; run++)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var result = await new SiteBuilder(new BuildOptions
    {
        ContentDirectory = args[0],
        ThemeDirectory = args[1],
        OutputDirectory = args[2],
        Now = TokyoTime.StartOf(new DateOnly(2026, 11, 30)),
    }).BuildAsync();
    var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
    if (!result.Succeeded)
    {
        Console.Error.WriteLine(string.Join('\n', result.Diagnostics.Take(10)));
        return 1;
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"run {run}: pages={result.PagesWritten} wall={result.Elapsed.TotalMilliseconds:0}ms per-page={result.Elapsed.TotalMilliseconds / result.PagesWritten:0.00}ms cpu={used.TotalMilliseconds:0}ms peak-ws={Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024}MB"));
    Console.WriteLine("  " + string.Join("  ", result.Phases.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Phase}={p.Elapsed.TotalMilliseconds:0}"))));
}
return 0;
