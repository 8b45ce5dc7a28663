using System.Diagnostics;

namespace Disclosure.Testing;

/// <summary>Runs the real <c>disclosure</c> command (the built CLI assembly) as a separate process.</summary>
public static class CliRunner
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) =>
        RunWithEnvironmentAsync(new Dictionary<string, string>(), arguments);

    /// <param name="environment">Variables to set for the command, e.g. a PATH without Node.js.</param>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunWithEnvironmentAsync(
        IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Disclosure.Cli.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
