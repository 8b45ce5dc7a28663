using System.Diagnostics;
using System.Text.RegularExpressions;
using Disclosure.Testing;

namespace Disclosure.E2E.Infrastructure;

/// <summary>
/// Debian's nginx, run as a process of the test on 127.0.0.1 with a configuration of its own whose locations are the
/// ones shipped for production (<c>src/Disclosure.Comments/deploy/disclosure-locations.conf</c>), only the site folder
/// and the comment server's port changed.
/// </summary>
public sealed partial class NginxProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _prefix;

    private NginxProcess(Process process, string prefix, int port)
    {
        _process = process;
        _prefix = prefix;
        Origin = new Uri($"http://127.0.0.1:{port}/");
    }

    public Uri Origin { get; }

    public static string ShippedLocations => Path.Combine(RepositoryPaths.Root, "src", "Disclosure.Comments", "deploy", "disclosure-locations.conf");

    public static async Task<NginxProcess> StartAsync(int port, string siteFolder, int commentServerPort)
    {
        var prefix = Directory.CreateTempSubdirectory("disclosure-nginx-").FullName;
        var locations = File.ReadAllText(ShippedLocations)
            .Replace("alias /srv/disclosure/output/;", $"alias {siteFolder.TrimEnd('/')}/;", StringComparison.Ordinal);
        locations = ProxyPass().Replace(locations, $"proxy_pass http://127.0.0.1:{commentServerPort}/;");
        File.WriteAllText(Path.Combine(prefix, "disclosure-locations.conf"), locations);
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/error.log warn;
            events { worker_connections 256; }
            http {
                include /etc/nginx/mime.types;
                access_log {{prefix}}/access.log;
                client_body_temp_path {{prefix}}/body;
                proxy_temp_path {{prefix}}/proxy;
                fastcgi_temp_path {{prefix}}/fastcgi;
                uwsgi_temp_path {{prefix}}/uwsgi;
                scgi_temp_path {{prefix}}/scgi;
                server {
                    listen 127.0.0.1:{{port}};
                    server_name localhost;
                    include {{prefix}}/disclosure-locations.conf;
                }
            }
            """);
        var start = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf"), "-g", "daemon off;" })
        {
            start.ArgumentList.Add(argument);
        }
        var nginx = new NginxProcess(Process.Start(start)!, prefix, port);
        await nginx.WaitUntilListeningAsync();
        return nginx;
    }

    public string AccessLog => File.Exists(Path.Combine(_prefix, "access.log")) ? File.ReadAllText(Path.Combine(_prefix, "access.log")) : "";

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_prefix, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system to clean.
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx exited with {_process.ExitCode}: {await _process.StandardError.ReadToEndAsync()}");
            }
            try
            {
                await client.GetAsync(Origin);
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException("nginx did not start listening within 20 s");
    }

    [GeneratedRegex(@"proxy_pass http://127\.0\.0\.1:\d+/;")]
    private static partial Regex ProxyPass();
}
