using System.CommandLine;
using Disclosure.LoadTest;

var endpoint = new Option<string>("--url") { Description = "The comment server (loopback only)", DefaultValueFactory = _ => "http://127.0.0.1:5080/" };
var period = new Option<string>("--period") { Description = "An open comment period's id", Required = true };
var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once", DefaultValueFactory = _ => 64 };
var requests = new Option<int>("--requests") { Description = "Stop after this many requests", DefaultValueFactory = _ => 10_000 };
var seconds = new Option<int>("--max-seconds") { Description = "Stop after this many seconds", DefaultValueFactory = _ => 30 };
var rate = new Option<int>("--rate") { Description = "Fixed requests per second (0 = as fast as possible)", DefaultValueFactory = _ => 0 };

var root = new RootCommand("Load test for the Disclosure comment server") { endpoint, period, concurrency, requests, seconds, rate };
root.SetAction(async parsed =>
{
    var settings = new LoadSettings(
        new Uri(parsed.GetValue(endpoint)!), parsed.GetValue(period)!, Math.Max(1, parsed.GetValue(concurrency)),
        Math.Max(1, parsed.GetValue(requests)), TimeSpan.FromSeconds(Math.Clamp(parsed.GetValue(seconds), 1, 600)), Math.Max(0, parsed.GetValue(rate)));
    var report = await LoadRunner.RunAsync(settings);
    Console.WriteLine(report);
    return report.Failures == 0 ? 0 : 1;
});
return await root.Parse(args).InvokeAsync();
