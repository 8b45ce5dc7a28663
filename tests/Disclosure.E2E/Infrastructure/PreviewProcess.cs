using System.Collections.Concurrent;
using System.Diagnostics;
using Disclosure.Testing;

namespace Disclosure.E2E.Infrastructure;

/// <summary>
/// <c>disclosure serve</c> run as its own process on a free port of 127.0.0.1, as staff would run it;
/// what it prints is kept so tests can check the terminal.
/// </summary>
public sealed class PreviewProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private PreviewProcess(Process process, Uri origin, string basePath)
    {
        _process = process;
        Origin = origin;
        SiteRoot = new Uri(origin, basePath);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Origin { get; }

    /// <summary>The site's home page in the preview, base path included.</summary>
    public Uri SiteRoot { get; }

    /// <summary>Standard output and error, line by line, as the terminal would show them.</summary>
    public string Output => string.Join('\n', _output);

    /// <summary>Starts the preview and waits until the site's home page answers (the first build has succeeded).</summary>
    /// <param name="extra">More options, e.g. <c>--comments</c>.</param>
    public static async Task<PreviewProcess> StartAsync(string contentDirectory, string outputDirectory, string today, string basePath, params string[] extra)
    {
        var port = CommentServerProcess.FreePort();
        // env --default-signal: a test run started in the background of a script inherits SIGINT as ignored,
        // and .NET keeps it ignored; the preview must get the Ctrl+C the test sends.
        var start = new ProcessStartInfo("env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(contentDirectory)!,
        };
        foreach (var argument in new[]
                 {
                     "--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "Disclosure.Cli.dll"), "serve",
                     "--content", contentDirectory, "--theme", RepositoryPaths.Theme, "--output", outputDirectory,
                     "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--now", today,
                 }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }
        var preview = new PreviewProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}/"), basePath);
        await preview.WaitUntilServingAsync();
        return preview;
    }

    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The preview did not print 「{text}」 within {timeout.TotalSeconds} s:\n{Output}");
            }
            await Task.Delay(100);
        }
    }

    /// <summary>Sends Ctrl+C (SIGINT), as a terminal would, and waits for the process to end.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> InterruptAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The preview did not exit within {timeout.TotalSeconds} s of SIGINT:\n{Output}");
        }
        // The parameterless wait also waits until the redirected output has been read to its end.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private async Task WaitUntilServingAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit();
                throw new InvalidOperationException($"disclosure serve exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                // 404 until the first build has written the site: the server listens before it builds.
                if ((await client.GetAsync(SiteRoot)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The preview did not serve {SiteRoot} within 60 s:\n{Output}");
    }
}
