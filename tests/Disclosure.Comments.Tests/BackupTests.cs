using Disclosure.Comments.Tests.Support;
using Disclosure.LoadTest;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>
/// <c>disclosure comments backup --to FILE</c> copies a SQLite store while the server goes on taking opinions: the copy
/// is whole (integrity check), private to its owner, and holds every opinion that had a receipt before it was taken.
/// </summary>
[Collection(SeparateServersCollection.Name)]
public sealed class BackupTests(SiteFixture fixture)
{
    [Fact]
    public async Task A_copy_taken_under_load_is_whole_and_holds_every_receipt_given_before_it()
    {
        var store = fixture.NewStorePath();
        var copy = Path.Combine(Path.GetDirectoryName(store)!, "copy.db");
        await using var server = await fixture.StartServerAsync(store, new Dictionary<string, string>
        {
            ["Comments__RateLimit__PermitLimit"] = "100000000",
            ["Comments__RateLimit__RequestsPerMinute"] = "100000000",
        });
        var progress = new LoadProgress();
        using var stopLoad = new CancellationTokenSource();
        // Long enough to outlast the backup command on a busy machine; stopped once the copy is taken.
        var load = LoadRunner.RunAsync(new LoadSettings(server.Address, TestSite.OpenPeriod, Concurrency: 8, Requests: 1_000_000, TimeSpan.FromSeconds(60), RequestsPerSecond: 0),
            progress, stopLoad.Token);
        await progress.WaitForAsync(300, TimeSpan.FromSeconds(20));
        var acceptedBefore = progress.Accepted;

        var (exit, stdout, stderr) = await CliRunner.RunAsync("comments", "backup", "--store", store, "--to", copy);
        var acceptedAfter = progress.Accepted;
        await Poll.UntilAsync(() => progress.Accepted > acceptedAfter, TimeSpan.FromSeconds(20), () => "the load stopped before the copy was taken");
        await stopLoad.CancelAsync();
        var report = await load;

        Assert.True(exit == 0, stderr);
        Assert.Contains("の写しを", stdout);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(copy));
        }
        Assert.Equal("ok", new StoreFile(copy).Scalar("PRAGMA integrity_check"));
        var inCopy = new StoreFile(copy).Receipts();
        Assert.True(inCopy.Count >= acceptedBefore, $"the copy holds {inCopy.Count} opinions, {acceptedBefore} had receipts before it was taken");
        Assert.True(report.Receipts.Count(inCopy.Contains) >= acceptedBefore);
        Assert.True(report.Accepted > inCopy.Count, "the load went on after the copy, so the copy is of a moment, not of the end");
    }

    [Fact]
    public async Task A_copy_never_overwrites_a_file()
    {
        var store = fixture.NewStorePath();
        await using (var server = await fixture.StartServerAsync(store))
        {
        }
        var copy = Path.Combine(Path.GetDirectoryName(store)!, "taken.db");
        await File.WriteAllTextAsync(copy, "an earlier copy");

        var (exit, _, stderr) = await CliRunner.RunAsync("comments", "backup", "--store", store, "--to", copy);

        Assert.Equal(1, exit);
        Assert.Contains("既にあります", stderr);
        Assert.Equal("an earlier copy", await File.ReadAllTextAsync(copy));
    }
}
