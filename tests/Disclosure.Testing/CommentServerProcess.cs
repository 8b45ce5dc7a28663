using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Disclosure.Testing;

/// <summary>
/// The real comment server, run as its own process on 127.0.0.1 with settings given as environment variables,
/// as an operator would run it. Its output is kept so tests can check what it logged.
/// </summary>
public sealed class CommentServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private CommentServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { _output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output => string.Join('\n', _output);

    /// <param name="settings">Configuration as <c>Comments__Key</c> environment variables, e.g. <c>["Comments__StorePath"] = path</c>.</param>
    /// <param name="viaCli">Start it as <c>disclosure serve-comments</c> rather than the server's own program.</param>
    public static async Task<CommentServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings, int? port = null, bool viaCli = false)
    {
        var chosenPort = port ?? FreePort();
        var address = new Uri($"http://127.0.0.1:{chosenPort}/");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        if (viaCli)
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Disclosure.Cli.dll"));
            start.ArgumentList.Add("serve-comments");
        }
        else
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Disclosure.Comments.dll"));
        }
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Only the settings given here: none of the test runner's own (e.g. a Comments__Store of the developer's shell).
        foreach (var inherited in start.Environment.Keys.Where(k => k.StartsWith("Comments__", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(inherited);
        }
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var server = new CommentServerProcess(Process.Start(start)!, address);
        await server.WaitUntilAnsweringAsync();
        return server;
    }

    public HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { AllowAutoRedirect = followRedirects }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Ends the process at once, as <c>kill -9</c> would: no shutdown code runs.</summary>
    public void KillHard()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>Ends the server; a second call does nothing (a test may stop it early to read its store).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        KillHard();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private bool _disposed;

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                // The parameterless wait also waits until the redirected output has been read to its end.
                _process.WaitForExit();
                throw new InvalidOperationException($"The comment server exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                // 503 "not ready" is an answer too: a server started without period data, which some tests mean to do.
                var health = await client.GetAsync("health");
                if (health.IsSuccessStatusCode || health.StatusCode == HttpStatusCode.ServiceUnavailable)
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
        throw new TimeoutException($"The comment server did not answer /health within 30 s:\n{Output}");
    }
}
