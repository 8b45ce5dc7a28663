using Disclosure.Comments.Store;
using Disclosure.Comments.Tests.Support;
using Disclosure.LoadTest;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>A submission that got a receipt is never lost: not when the server is killed mid-load, not on restart.</summary>
public abstract class DurabilityTests(string storeKind) : IAsyncLifetime
{
    private TestSite? _site;
    private TestStore? _store;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(storeKind);
        _site = await TestSite.CreateAsync("http://127.0.0.1:9/hogo/", "http://127.0.0.1:9");
    }

    [Fact]
    public async Task Every_receipt_given_before_a_hard_kill_is_in_the_store_after_restart()
    {
        var settings = new Dictionary<string, string>(_store!.Settings)
        {
            ["Comments__SitePath"] = _site!.OutputDirectory,
            ["Comments__RateLimit__PermitLimit"] = "100000000",
            ["Comments__RateLimit__RequestsPerMinute"] = "100000000",
        };
        var server = await CommentServerProcess.StartAsync(settings);
        var progress = new LoadProgress();
        var load = LoadRunner.RunAsync(new LoadSettings(server.Address, TestSite.OpenPeriod, Concurrency: 32, Requests: 200_000, TimeSpan.FromSeconds(30), RequestsPerSecond: 0), progress);

        // Killed once it is busy, not after a fixed time: on a machine loaded by the other test assemblies the
        // server may need several seconds to reach 500 receipts.
        await progress.WaitForAsync(600, TimeSpan.FromSeconds(20));
        server.KillHard();
        var report = await load;
        await server.DisposeAsync();

        Assert.True(report.Accepted >= 500, $"the server accepted only {report.Accepted} submissions before the kill: {report}");
        Assert.True(report.Failures > 0, "the kill did not interrupt the load, so it proved nothing");

        await using var restarted = await CommentServerProcess.StartAsync(settings);
        var stored = _store.Reader().Receipts();
        var missing = report.Receipts.Where(r => !stored.Contains(r)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {report.Receipts.Count} receipts were lost, e.g. {string.Join(", ", missing.Take(5))}");

        using var client = restarted.Client();
        var sample = report.Receipts[report.Receipts.Count / 2];
        var page = await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{sample}");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(sample, await page.Content.ReadAsStringAsync());
    }

    public async Task DisposeAsync()
    {
        _site?.Dispose();
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }
}

public sealed class DurabilityTestsOnSqlite() : DurabilityTests(CommentStores.Sqlite);

[RequiresPostgres]
public sealed class DurabilityTestsOnPostgres() : DurabilityTests(CommentStores.Postgres);
