using System.Net;
using System.Net.Sockets;
using System.Text;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>
/// What every answer carries and what an attacker's request gets: security headers, no caching of pages that echo
/// personal data, no server banner; a stalled or cut body is 408 or 400 (never 500, never a stack trace); the staff
/// export refuses malformed and unknown periods before reading anything, and names its file with the header type.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class HardeningTests(SqliteServerFixture server)
{
    [Fact]
    public async Task Every_answer_carries_the_security_headers_and_no_server_banner()
    {
        using var client = server.Client();
        var receipt = await client.SubmitAsync(TestSite.OpenPeriod, $"ヘッダー {Form.Marker()}", ("name", "佐藤 太郎"));
        var invalid = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields("", ("name", "佐藤 太郎")));
        var answers = new[]
        {
            await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{receipt}"),
            invalid,
            await client.GetAsync("periods/none/receipts/PC7-4KQ2-9XMD"),
            await StaffExport.GetAsync(client, TestSite.OpenPeriod),
            await StaffExport.GetAsync(client, TestSite.OpenPeriod, token: null),
            await client.GetAsync("health"),
        };

        foreach (var answer in answers)
        {
            var csp = answer.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.Contains("default-src 'none'", csp);
            Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", answer.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("camera=()", answer.Headers.GetValues("Permissions-Policy").Single());
            Assert.True(answer.Headers.CacheControl?.NoStore, $"{(int)answer.Status} is cacheable");
            Assert.False(answer.Headers.Contains("Server"), "the answer names the server software");
        }
    }

    [Fact]
    public async Task The_server_pages_load_their_style_sheet_and_script_from_this_server()
    {
        using var client = server.Client();
        var invalid = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields(""));

        var stylesheet = invalid.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var script = invalid.Document.QuerySelector("script[src]")!.GetAttribute("src")!;
        Assert.Equal("../../assets/site.css", stylesheet);
        var css = await client.GetAsync(new Uri(new Uri(server.Server.Address, $"periods/{TestSite.OpenPeriod}/comments"), stylesheet).PathAndQuery.TrimStart('/'));
        Assert.Equal(HttpStatusCode.OK, css.Status);
        Assert.Equal("text/css", css.MediaType);
        Assert.Equal(File.ReadAllBytes(Path.Combine(server.Site.OutputDirectory, "assets", "site.css")), css.Body);
        Assert.EndsWith("assets/character-count.js", script);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("assets/..%2f..%2fdata/comment-periods.json")).Status);
    }

    [Fact]
    public async Task A_body_that_stalls_is_408_and_a_body_cut_short_is_400_with_no_stack_trace_in_the_log()
    {
        var marker = Form.Marker();
        var form = Encoding.ASCII.GetBytes($"agree=yes&opinion={Uri.EscapeDataString($"途切れる意見 {marker}")}");
        // The server is shared with other tests: only what it logs from here on is this test's.
        var logFrom = server.Server.Output.Length;

        // Content-Length promises more than is sent, and the connection stays open: the minimum data rate ends it.
        var stalled = await RawPostAsync(form, form.Length + 500, closeEarly: false);
        // Content-Length promises more than is sent, and the client goes away.
        var cut = await RawPostAsync(form, form.Length + 500, closeEarly: true);

        Assert.StartsWith("HTTP/1.1 408", stalled);
        Assert.True(cut is "" || cut.StartsWith("HTTP/1.1 400", StringComparison.Ordinal), cut);
        await Task.Delay(500);
        var logged = server.Server.Output[logFrom..];
        Assert.DoesNotContain("   at ", logged);
        Assert.DoesNotContain("Exception", logged);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Theory]
    [InlineData("a%0D%0Ab")]
    [InlineData("%E6%84%8F%E8%A6%8B")]
    [InlineData("a%22%3B%20filename%3D%22evil.html")]
    public async Task A_malformed_period_id_in_the_export_is_400_and_nothing_is_logged(string id)
    {
        using var client = server.Client();
        var logged = server.Store().AccessLog().Count;

        var reply = await client.GetAsync($"admin/periods/{id}/comments.csv", bearer: CommentServerFixture.StaffToken);

        PageAssert.AssertProblem(reply, HttpStatusCode.BadRequest);
        Assert.False(reply.ContentHeaders.Contains("Content-Disposition"));
        Assert.Equal(logged, server.Store().AccessLog().Count);
    }

    [Fact]
    public async Task An_unknown_period_in_the_export_is_404_and_nothing_is_logged()
    {
        using var client = server.Client();
        var logged = server.Store().AccessLog().Count;

        var reply = await StaffExport.GetAsync(client, "no-such-period");

        PageAssert.AssertProblem(reply, HttpStatusCode.NotFound);
        Assert.Equal(logged, server.Store().AccessLog().Count);
    }

    [Fact]
    public async Task The_export_file_name_is_written_by_the_header_type()
    {
        using var client = server.Client();

        var reply = await StaffExport.GetAsync(client, TestSite.OpenPeriod);

        var disposition = reply.ContentHeaders.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal($"comments-{TestSite.OpenPeriod}.csv", disposition.FileName?.Trim('"') ?? disposition.FileNameStar);
    }

    /// <summary>A POST written by hand: a body shorter than its Content-Length, then either a wait or a closed socket.</summary>
    private async Task<string> RawPostAsync(byte[] body, int contentLength, bool closeEarly)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, server.Server.Address.Port);
        var stream = tcp.GetStream();
        var head = $"POST /periods/{TestSite.OpenPeriod}/comments HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: {server.SiteOrigin}\r\n"
            + $"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {contentLength}\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        if (closeEarly)
        {
            tcp.Client.Shutdown(SocketShutdown.Send);
        }
        using var reader = new StreamReader(stream);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            return await reader.ReadLineAsync(timeout.Token) ?? "";
        }
        catch (IOException)
        {
            return "";
        }
    }
}
