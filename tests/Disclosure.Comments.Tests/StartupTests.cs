using System.Net;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

public sealed class StartupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("disclosure-startup-").FullName;

    [Fact]
    public async Task The_cli_serve_comments_command_runs_the_same_server()
    {
        await using var server = await CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__StorePath"] = Path.Combine(_folder, "comments.db"),
            ["Comments__SitePath"] = _folder,
        }, viaCli: true);
        using var client = server.Client();
        // A folder without a built site: the server says so, and is not ready.
        var health = await client.GetAsync("health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("not ready", await health.Content.ReadAsStringAsync());
        var unknown = await client.PostAsync("periods/none/comments", new FormUrlEncodedContent([new("opinion", "x")]));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unknown.StatusCode);
        Assert.Contains($"No comment-period data at {Path.Combine(_folder, "data", "comment-periods.json")}", server.Output);
        Assert.True(File.Exists(Path.Combine(_folder, "comments.db")));
    }

    [Fact]
    public async Task A_store_that_cannot_be_opened_stops_the_start_with_a_plain_message()
    {
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file where the store's folder should be");
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__StorePath"] = Path.Combine(blocker, "comments.db"),
            ["Comments__SitePath"] = _folder,
        }));
        Assert.Contains("exited with 1", exception.Message);
        Assert.Contains("意見受付サーバーを起動できません", exception.Message);
        Assert.DoesNotContain("   at ", exception.Message);
    }

    [Fact]
    public async Task A_postgres_store_that_cannot_be_reached_stops_the_start_with_a_plain_message_without_the_password()
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__Store"] = "postgres",
            ["Comments__PostgresConnectionString"] =
                $"Host=127.0.0.1;Port={CommentServerProcess.FreePort()};Username=nobody;Password=never-shown-3f9a;Database=none;Timeout=5",
            ["Comments__SitePath"] = _folder,
        }));
        Assert.Contains("exited with 1", exception.Message);
        Assert.Contains("意見受付サーバーを起動できません", exception.Message);
        Assert.DoesNotContain("   at ", exception.Message);
        Assert.DoesNotContain("never-shown-3f9a", exception.Message);
    }

    [Theory]
    [InlineData("postgres", "", "Comments__PostgresConnectionString is not set")]
    [InlineData("postgres", "Host=127.0.0.1;Colour=blue", "not a valid connection string")]
    [InlineData("mysql", "", "Comments__Store は sqlite か postgres にしてください")]
    public async Task A_store_setting_that_makes_no_sense_stops_the_start_with_a_plain_message(string kind, string connection, string phrase)
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__Store"] = kind,
            ["Comments__PostgresConnectionString"] = connection,
            ["Comments__SitePath"] = _folder,
        }));
        Assert.Contains("意見受付サーバーを起動できません", exception.Message);
        Assert.Contains(phrase, exception.Message);
        Assert.DoesNotContain("   at ", exception.Message);
    }

    [Theory]
    [InlineData("Comments__StaffTokens__tanto", "short-token", "Comments__StaffTokens__tanto は 16 文字以上")]
    [InlineData("Comments__TrustedProxies__0", "proxy.example", "Comments__TrustedProxies の「proxy.example」")]
    [InlineData("Comments__SiteUrl", "ftp://city.example/", "Comments__SiteUrl は http:// か https://")]
    [InlineData("Comments__RateLimit__PermitLimit", "0", "1 以上にしてください")]
    public async Task A_setting_that_cannot_work_stops_the_start_naming_it(string key, string value, string phrase)
    {
        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__StorePath"] = Path.Combine(_folder, "comments.db"),
            ["Comments__SitePath"] = _folder,
            [key] = value,
        }));
        Assert.Contains("意見受付サーバーを起動できません", exception.Message);
        Assert.Contains(phrase, exception.Message);
        Assert.DoesNotContain("   at ", exception.Message);
        if (key.Contains("StaffTokens", StringComparison.Ordinal))
        {
            // A secret, even a bad one, is never repeated in the log.
            Assert.DoesNotContain(value, exception.Message);
        }
    }

    [Fact]
    public async Task The_cli_on_postgres_without_a_connection_string_says_where_to_set_it()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync("comments", "access-log", "--store-kind", "postgres");

        Assert.Equal(1, exit);
        Assert.Contains("Comments__PostgresConnectionString", stderr);
        Assert.Equal("", stdout.Trim());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
