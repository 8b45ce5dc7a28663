using System.Diagnostics;

namespace Disclosure.Cli.Search;

/// <summary>Runs a program to its end with a time limit, keeping what it printed.</summary>
public static class ExternalProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>The last line the program printed about a failure, for a one-line message.</summary>
        public string LastErrorLine =>
            (Stderr + "\n" + Stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
    }

    /// <exception cref="TimeoutException">The program ran longer than <paramref name="limit"/>; it has been ended.</exception>
    public static async Task<Outcome> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan limit)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} を起動できませんでした。");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(program)} が {limit.TotalSeconds:0} 秒たっても終わりませんでした。");
        }
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }
}
