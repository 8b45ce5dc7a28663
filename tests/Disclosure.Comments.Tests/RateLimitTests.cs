using System.Globalization;
using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>
/// A server with a low limit and no staff token: floods are asked to wait, and there is no admin route at all.
/// Each test starts its own server, so each has a fresh rate-limit window.
/// </summary>
[Collection(SeparateServersCollection.Name)]
public sealed class RateLimitTests(SiteFixture fixture) : IAsyncLifetime
{
    private CommentServerProcess _server = null!;
    private string _store = "";

    public async Task InitializeAsync()
    {
        _store = fixture.NewStorePath();
        _server = await fixture.StartServerAsync(_store, new Dictionary<string, string>
        {
            ["Comments__RateLimit__PermitLimit"] = "3",
            ["Comments__RateLimit__WindowSeconds"] = "120",
        });
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_fourth_post_in_the_window_is_429_with_retry_after_as_a_page_and_as_problem_details()
    {
        using var client = new CommentClient(_server.Client(), fixture.SiteOrigin);
        var marker = Form.Marker();
        for (var i = 0; i < 3; i++)
        {
            var accepted = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"許可内 {i} {marker}"));
            Assert.True(accepted.Status == HttpStatusCode.SeeOther, accepted.ToString());
        }

        var page = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"4 件目 {marker}"));
        var problem = await client.PostJsonAsync(TestSite.OpenPeriod, Form.Json($"5 件目 {marker}"));

        PageAssert.AssertMessagePage(page, HttpStatusCode.TooManyRequests, "秒ほど待ってから、もう一度送信してください");
        Assert.Contains("送信が集中しています", page.Document.Title);
        var wait = RetryAfterSeconds(page);
        Assert.InRange(wait, 1, 120);
        Assert.Contains($"{wait}秒ほど待ってから", page.MainText);

        PageAssert.AssertProblem(problem, HttpStatusCode.TooManyRequests, phrase: "送信が集中しています");
        Assert.InRange(RetryAfterSeconds(problem), 1, 120);

        var stored = new StoreFile(_store).RowsWith(marker);
        Assert.Equal(3, stored.Count);
        Assert.DoesNotContain(stored, r => r.Opinion.Contains("件目", StringComparison.Ordinal));

        // Reading pages is not limited: the receipt pages and health still answer.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{stored[0].Receipt}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health")).Status);
    }

    [Fact]
    public async Task A_citizen_correcting_a_form_again_and_again_is_not_locked_out()
    {
        using var client = new CommentClient(_server.Client(), fixture.SiteOrigin);
        var marker = Form.Marker();
        // Ten refusals (no consent given), more than the three accepted opinions the window allows.
        for (var i = 0; i < 10; i++)
        {
            var refused = await client.PostFormAsync(TestSite.OpenPeriod, Form.Without(Form.Fields($"直す {i} {marker}"), "agree"));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        }

        var accepted = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"やっと送れた {marker}"));

        Assert.True(accepted.Status == HttpStatusCode.SeeOther, accepted.ToString());
    }

    [Fact]
    public async Task Over_the_limit_the_form_comes_back_with_what_was_typed()
    {
        using var client = new CommentClient(_server.Client(), fixture.SiteOrigin);
        var marker = Form.Marker();
        for (var i = 0; i < 3; i++)
        {
            await client.SubmitAsync(TestSite.OpenPeriod, $"許可内 {i} {marker}");
        }

        var page = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"4 件目 {marker}", ("name", "佐藤 太郎")));

        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.Equal($"4 件目 {marker}", PageAssert.TextareaText(page));
        Assert.Equal("佐藤 太郎", PageAssert.InputValue(page, "name"));
    }

    [Fact]
    public async Task Without_a_configured_staff_token_the_admin_route_does_not_exist()
    {
        using var client = new CommentClient(_server.Client(), fixture.SiteOrigin);
        await client.SubmitAsync(TestSite.OpenPeriod, $"管理用の経路なし {Form.Marker()}");

        foreach (var token in new[] { null, "any-token-of-sixteen-or-more" })
        {
            var reply = await client.GetAsync($"admin/periods/{TestSite.OpenPeriod}/comments.csv", bearer: token);

            Assert.Equal(HttpStatusCode.NotFound, reply.Status);
            Assert.DoesNotContain("受付番号", reply.Text);
        }
        Assert.True(!File.Exists(_store) || new StoreFile(_store).AccessLog().Count == 0, "a read was logged");
    }

    /// <summary>Retry-After as delta-seconds: a whole number, at least 1.</summary>
    private static int RetryAfterSeconds(Reply reply)
    {
        Assert.True(reply.Headers.TryGetValues("Retry-After", out var values), "no Retry-After header");
        var text = Assert.Single(values);
        Assert.Matches("^[0-9]+$", text);
        var seconds = int.Parse(text, CultureInfo.InvariantCulture);
        Assert.True(seconds >= 1, $"Retry-After: {text}");
        return seconds;
    }
}

/// <summary>A server with a low limit on requests of any kind: receipts and the staff export are limited too.</summary>
[Collection(SeparateServersCollection.Name)]
public sealed class RequestLimitTests(SiteFixture fixture) : IAsyncLifetime
{
    private const string Token = "request-limit-token-0123456789";
    private CommentServerProcess _server = null!;

    public async Task InitializeAsync() => _server = await fixture.StartServerAsync(fixture.NewStorePath(), new Dictionary<string, string>
    {
        ["Comments__RateLimit__RequestsPerMinute"] = "5",
        ["Comments__StaffTokens__limit"] = Token,
    });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("receipts")]
    [InlineData("export")]
    public async Task Receipt_pages_and_the_staff_export_are_rate_limited_too(string route)
    {
        using var client = new CommentClient(_server.Client(), fixture.SiteOrigin);
        var path = route == "receipts" ? $"periods/{TestSite.OpenPeriod}/receipts/PC7-4KQ2-9XMD" : $"admin/periods/{TestSite.OpenPeriod}/comments.csv";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add((await client.GetAsync(path, bearer: Token)).Status);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(5));
        // Health checks are never limited: a load balancer asks often.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health")).Status);
    }
}

