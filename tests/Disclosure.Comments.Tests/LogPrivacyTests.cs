using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>The server's own log (what an operator's log collector keeps) never holds an opinion or a personal field.</summary>
public abstract class LogPrivacyTests(CommentServerFixture server)
{
    private static ByteArrayContent RawForm(string body)
    {
        var content = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes("opinion=" + body));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");
        return content;
    }

    [Fact]
    public async Task Opinions_names_emails_and_addresses_never_reach_the_server_log()
    {
        using var client = server.Client();
        var opinion = "ログに残らない意見" + Guid.NewGuid().ToString("N");
        var name = "ログ 太郎" + Guid.NewGuid().ToString("N")[..12];
        var email = $"log{Guid.NewGuid():N}@example.jp";
        var address = "ログ市" + Guid.NewGuid().ToString("N")[..12];
        (string, string)[] personal = [("name", name), ("email", email), ("address", address)];

        var form = await client.PostFormAsync(TestSite.StrictPeriod, Form.Fields(opinion + " フォーム", personal));
        var json = await client.PostJsonAsync(TestSite.StrictPeriod, Form.Json(opinion + " JSON", personal));
        var invalid = await client.PostFormAsync(TestSite.StrictPeriod, Form.Without(Form.Fields(opinion + " 同意なし", personal), "agree"));
        var honeypot = await client.PostFormAsync(TestSite.StrictPeriod, Form.Fields(opinion + " ボット", [.. personal, ("website", "x")]));
        var badEncoding = await client.PostAsync(TestSite.StrictPeriod, RawForm(Uri.EscapeDataString(opinion) + "%FF&agree=yes&name=" + Uri.EscapeDataString(name)));
        var closed = await client.PostFormAsync(TestSite.ClosedPeriod, Form.Fields(opinion + " 締切後", personal));
        Assert.Equal(HttpStatusCode.SeeOther, form.Status);
        Assert.Equal(HttpStatusCode.Created, json.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.Status);
        Assert.Equal(HttpStatusCode.BadRequest, honeypot.Status);
        Assert.Equal(HttpStatusCode.BadRequest, badEncoding.Status);
        Assert.Equal(HttpStatusCode.Forbidden, closed.Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(form.LocationPath)).Status);
        Assert.Equal(HttpStatusCode.OK, (await StaffExport.GetAsync(client, TestSite.StrictPeriod)).Status);
        await Task.Delay(500); // the server's console logger writes on a background thread

        var output = server.Server.Output;
        Assert.Contains("Loaded", output); // the log is captured at all
        foreach (var secret in new[] { opinion, name, email, address, email.Split('@')[0] })
        {
            Assert.DoesNotContain(secret, output);
        }
        // Nor any part of the opinion's unique tail, in case a log cut or encoded it.
        Assert.DoesNotContain(opinion[^32..^16], output);
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class LogPrivacyTestsOnSqlite(SqliteServerFixture server) : LogPrivacyTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class LogPrivacyTestsOnPostgres(PostgresServerFixture server) : LogPrivacyTests(server);
