using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Disclosure.LoadTest;

/// <summary>
/// Sends opinions to a comment server on this machine and measures what comes back. It stops by itself: after the
/// given number of requests or the time limit, whichever comes first.
/// </summary>
public static class LoadRunner
{
    /// <param name="accepted">Counts receipts as they arrive, for a caller that acts once enough have been given.</param>
    /// <param name="stopEarly">Ends the run before its limits, for a caller that has seen what it waited for.</param>
    public static async Task<LoadReport> RunAsync(LoadSettings settings, LoadProgress? accepted = null, CancellationToken stopEarly = default)
    {
        if (!settings.Endpoint.IsLoopback)
        {
            throw new ArgumentException("The load tool only sends to this machine (127.0.0.0/8 or localhost).");
        }

        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = settings.Endpoint,
            Timeout = TimeSpan.FromSeconds(30),
        };
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var latencies = new ConcurrentBag<double>();
        var receipts = new ConcurrentBag<string>();
        var statuses = new ConcurrentDictionary<int, int>();
        var failures = 0;
        var sent = 0;
        var next = -1;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopEarly);
        stop.CancelAfter(settings.MaxDuration);
        var clock = Stopwatch.StartNew();
        var path = $"periods/{Uri.EscapeDataString(settings.Period)}/comments";

        async Task Worker()
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                if (n >= settings.Requests)
                {
                    return;
                }
                if (settings.RequestsPerSecond > 0)
                {
                    // Open-model pacing: request n is due at n / rate seconds, however slow earlier ones were.
                    var due = TimeSpan.FromSeconds((double)n / settings.RequestsPerSecond) - clock.Elapsed;
                    if (due > TimeSpan.Zero)
                    {
                        try { await Task.Delay(due, stop.Token); } catch (OperationCanceledException) { return; }
                    }
                }
                var body = new { opinion = $"負荷試験の意見 {n}：アクセスログの監視について。", agree = "yes", section = "" };
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.PostAsJsonAsync(path, body, stop.Token);
                    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    Interlocked.Increment(ref sent);
                    latencies.Add(elapsed);
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(stop.Token));
                        receipts.Add(json.RootElement.GetProperty("receipt").GetString()!);
                        accepted?.Add();
                    }
                    else
                    {
                        statuses.AddOrUpdate((int)response.StatusCode, 1, (_, c) => c + 1);
                    }
                }
                catch (Exception)
                {
                    // Not only HttpRequestException: a server killed while a connection is being set up can surface
                    // from inside HttpClient's connection pool as other exceptions. Each is one failed request.
                    if (!stop.IsCancellationRequested)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(_ => Task.Run(Worker)));
        return new LoadReport(sent, receipts.Count, statuses, failures, clock.Elapsed, latencies.ToList(), receipts.ToList());
    }
}
