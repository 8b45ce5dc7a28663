using Disclosure.LoadTest;
using Disclosure.Testing;
using Microsoft.Data.Sqlite;

namespace Disclosure.Comments.Tests;

/// <summary>A submission that got a receipt is never lost: not when the server is killed mid-load, not on restart.</summary>
public sealed class DurabilityTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "disclosure-durability-" + Guid.NewGuid().ToString("N"));
    private TestSite? _site;

    private string StorePath => Path.Combine(_folder, "comments.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _site = await TestSite.CreateAsync("http://127.0.0.1:9/hogo/", "http://127.0.0.1:9");
    }

    [Fact]
    public async Task Every_receipt_given_before_a_hard_kill_is_in_the_store_after_restart()
    {
        var settings = new Dictionary<string, string>
        {
            ["Comments__StorePath"] = StorePath,
            ["Comments__SitePath"] = _site!.OutputDirectory,
            ["Comments__RateLimit__PermitLimit"] = "100000000",
        };
        var server = await CommentServerProcess.StartAsync(settings);
        var load = LoadRunner.RunAsync(new LoadSettings(server.Address, TestSite.OpenPeriod, Concurrency: 32, Requests: 200_000, TimeSpan.FromSeconds(20), RequestsPerSecond: 0));

        await Task.Delay(TimeSpan.FromSeconds(2));
        server.KillHard();
        var report = await load;
        await server.DisposeAsync();

        Assert.True(report.Accepted >= 500, $"the server accepted only {report.Accepted} submissions before the kill: {report}");
        Assert.True(report.Failures > 0, "the kill did not interrupt the load, so it proved nothing");

        await using var restarted = await CommentServerProcess.StartAsync(settings);
        var stored = StoredReceipts();
        var missing = report.Receipts.Where(r => !stored.Contains(r)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {report.Receipts.Count} receipts were lost, e.g. {string.Join(", ", missing.Take(5))}");

        using var client = restarted.Client();
        var sample = report.Receipts[report.Receipts.Count / 2];
        var page = await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{sample}");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(sample, await page.Content.ReadAsStringAsync());
    }

    public Task DisposeAsync()
    {
        _site?.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    private HashSet<string> StoredReceipts()
    {
        using var connection = new SqliteConnection($"Data Source={StorePath};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT receipt FROM submissions";
        using var reader = command.ExecuteReader();
        var receipts = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            receipts.Add(reader.GetString(0));
        }
        return receipts;
    }
}
