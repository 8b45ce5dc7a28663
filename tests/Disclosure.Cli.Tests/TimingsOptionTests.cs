using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary><c>build --timings</c> shows where a slow build's time went, phase by phase; without it the summary stays one line.</summary>
public sealed class TimingsOptionTests : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("disclosure-timings-").FullName;

    [Fact]
    public async Task Build_with_timings_lists_every_phase_in_milliseconds()
    {
        var (exitCode, stdout, stderr) = await CliRunner.RunAsync(
            "build", "--output", _output, "--now", "2026-11-30", "--no-search", "--timings");
        Assert.True(exitCode == 0, stderr);
        foreach (var phase in new[] { "read", "markdown", "templates + post-process", "links", "redactions", "write" })
        {
            Assert.Matches($@"(?m)^  {System.Text.RegularExpressions.Regex.Escape(phase)} +\d+ ms$", stdout);
        }

        var (_, plain, _) = await CliRunner.RunAsync("build", "--output", _output, "--now", "2026-11-30", "--no-search");
        Assert.DoesNotContain(" ms", plain);
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);
}
