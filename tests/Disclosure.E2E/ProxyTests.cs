using System.Net;
using System.Net.Sockets;
using Disclosure.E2E.Infrastructure;
using Disclosure.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Disclosure.E2E;

/// <summary>
/// The site and the comment server behind a real nginx (Debian's), configured with the locations shipped for
/// production: a citizen submits from Chromium through the proxy and gets a styled receipt page under the proxy's
/// path; the server, believing the forwarded address from that proxy only, limits each client on its own.
/// </summary>
public sealed class ProxyTests : IAsyncLifetime
{
    private TestSite _site = null!;
    private CommentServerProcess _server = null!;
    private NginxProcess _nginx = null!;

    public async Task InitializeAsync()
    {
        var nginxPort = CommentServerProcess.FreePort();
        var serverPort = CommentServerProcess.FreePort();
        _site = await TestSite.CreateAsync($"http://127.0.0.1:{nginxPort}/hogo/", $"http://127.0.0.1:{nginxPort}/hogo-comments");
        _server = await CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__StorePath"] = Path.Combine(_site.Root, "comments.db"),
            ["Comments__SitePath"] = _site.OutputDirectory,
            ["Comments__TrustedProxies__0"] = "127.0.0.1",
            ["Comments__RateLimit__PermitLimit"] = "2",
        }, serverPort);
        _nginx = await NginxProcess.StartAsync(nginxPort, _site.OutputDirectory, serverPort);
    }

    public async Task DisposeAsync()
    {
        await _nginx.DisposeAsync();
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _site.Dispose();
    }

    [Fact]
    public async Task A_citizen_submits_through_nginx_and_each_client_has_a_limit_of_its_own()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserLauncher.LaunchAsync(playwright);
        var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "ja-JP" })).NewPageAsync();
        await page.GotoAsync(new Uri(_nginx.Origin, $"hogo/comment-periods/{TestSite.OpenPeriod}/").ToString());
        await page.FillAsync("#opinion", "プロキシ越しに送る意見です。");
        await page.CheckAsync("#agree");
        await page.ClickAsync("button[type=submit]");

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/hogo-comments/periods/{TestSite.OpenPeriod}/receipts/"), Waits.Navigation);
        await Expect(page.Locator(".receipt-number")).ToHaveCountAsync(1);
        // The number can be on screen before the style sheet has loaded; once the page has loaded, the sheet must have too.
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.styleSheets].some(s => s.href && s.href.includes('/hogo-comments/assets/site.css') && s.cssRules.length > 0)"),
            "the receipt page is not styled through the proxy");

        // Two clients (two addresses of this machine), one limit each: the proxy's own address is not what counts.
        using var first = ClientFrom("127.0.0.2");
        using var second = ClientFrom("127.0.0.3");
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(first, "一人目の一件目"));
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(first, "一人目の二件目", forwardedFor: "203.0.113.9"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubmitAsync(first, "一人目の三件目", forwardedFor: "198.51.100.7"));
        Assert.Equal(HttpStatusCode.Created, await SubmitAsync(second, "二人目の一件目"));
        Assert.Contains("127.0.0.2", _nginx.AccessLog);
    }

    /// <summary>A client whose connections come from <paramref name="address"/>, a loopback address of its own.</summary>
    private HttpClient ClientFrom(string address) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        },
    })
    { BaseAddress = _nginx.Origin };

    /// <param name="forwardedFor">A forwarded address the client makes up: nginx replaces it, so it counts for nothing.</param>
    private async Task<HttpStatusCode> SubmitAsync(HttpClient client, string opinion, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"hogo-comments/periods/{TestSite.OpenPeriod}/comments")
        {
            Content = JsonContent(opinion),
        };
        request.Headers.Accept.ParseAdd("application/json");
        request.Headers.TryAddWithoutValidation("Origin", _nginx.Origin.GetLeftPart(UriPartial.Authority));
        if (forwardedFor is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
        }
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static StringContent JsonContent(string opinion) => new(
        System.Text.Json.JsonSerializer.Serialize(new { opinion, agree = "yes" }), System.Text.Encoding.UTF8, "application/json");
}
