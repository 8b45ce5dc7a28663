using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;

namespace Disclosure.Comments.Tests.Support;

/// <summary>
/// A built site served over HTTP on 127.0.0.1 as a static host serves it — with ETags, answering 304 to a matching
/// If-None-Match — recording every request, so a test can see what the comment server asked for and how.
/// </summary>
public sealed class StaticSiteHost : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _folder;
    private readonly string _basePath;

    public StaticSiteHost(string folder, string basePath)
    {
        _folder = folder;
        _basePath = basePath;
        Port = Disclosure.Testing.CommentServerProcess.FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = ServeAsync();
    }

    public int Port { get; }

    public Uri SiteUrl => new($"http://127.0.0.1:{Port}{_basePath}");

    /// <summary>Path, the If-None-Match sent, and the status answered, in order.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch, int Status)> Requests { get; } = new();

    public void Dispose() => _listener.Close();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            var path = context.Request.Url!.AbsolutePath;
            var file = path.StartsWith(_basePath, StringComparison.Ordinal) ? Path.Combine(_folder, Uri.UnescapeDataString(path[_basePath.Length..])) : "";
            var ifNoneMatch = context.Request.Headers["If-None-Match"];
            int status;
            if (file.Length == 0 || !File.Exists(file))
            {
                status = 404;
            }
            else
            {
                var bytes = await File.ReadAllBytesAsync(file);
                var tag = $"\"{Convert.ToHexString(SHA256.HashData(bytes))[..16]}\"";
                context.Response.Headers["ETag"] = tag;
                if (ifNoneMatch == tag)
                {
                    status = 304;
                }
                else
                {
                    status = 200;
                    await context.Response.OutputStream.WriteAsync(bytes);
                }
            }
            context.Response.StatusCode = status;
            Requests.Enqueue((path, ifNoneMatch, status));
            context.Response.Close();
        }
    }
}
