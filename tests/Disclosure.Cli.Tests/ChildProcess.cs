using System.Diagnostics;

namespace Disclosure.Cli.Tests;

/// <summary>A program run to its end, as a shell would run it, with the settings of the test run's own MSBuild left out.</summary>
public static class ChildProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // `dotnet test` hands its MSBuild's paths down; a `dotnet pack` started from a test must find its own.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        await process.WaitForExitAsync(limit.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Runs a program that must succeed and returns what it printed.</summary>
    public static async Task<string> SucceedAsync(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var (exitCode, output) = await RunAsync(program, arguments, workingDirectory);
        Assert.True(exitCode == 0, $"`{program} {string.Join(' ', arguments)}` exited with {exitCode}:\n{output}");
        return output;
    }
}
