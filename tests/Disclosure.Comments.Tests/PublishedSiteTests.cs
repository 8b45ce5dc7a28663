using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;
using Disclosure.Time;

namespace Disclosure.Comments.Tests;

/// <summary>
/// A server that does not share a disk with the static files reads the published site (<c>Comments__SiteUrl</c>, no
/// <c>Comments__SitePath</c>): period data, words, pages and assets over HTTP, kept with their ETags and asked for
/// again periodically — a 304 when nothing changed, a new period picked up when it did, the last copy kept when the
/// site cannot be reached.
/// </summary>
[Collection(SeparateServersCollection.Name)]
public sealed class PublishedSiteTests(SiteFixture fixture)
{
    [Fact]
    public async Task The_server_reads_the_published_site_over_http_with_etags()
    {
        using var host = new StaticSiteHost(fixture.Site.OutputDirectory, "/hogo/");
        await using var server = await CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__StorePath"] = fixture.NewStorePath(),
            ["Comments__SiteUrl"] = host.SiteUrl.ToString(),
            ["Comments__SiteRefreshSeconds"] = "1",
        });
        using var client = new CommentClient(server.Client(), $"http://127.0.0.1:{host.Port}");

        var health = await server.Client().GetAsync("health");
        Assert.True(health.IsSuccessStatusCode, await health.Content.ReadAsStringAsync() + "\n" + server.Output);
        var invalid = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields(""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.Status);
        Assert.Contains("ご意見を入力してください", invalid.MainText);
        var css = await client.GetAsync("assets/site.css");
        Assert.Equal(File.ReadAllBytes(Path.Combine(fixture.Site.OutputDirectory, "assets", "site.css")), css.Body);
        var receipt = await client.SubmitAsync(TestSite.OpenPeriod, $"公開サイトから読む {Form.Marker()}");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{receipt}")).Status);

        // Asked again with the ETag it has, and told nothing changed.
        await WaitUntilAsync(() => host.Requests.Any(r => r.Path.EndsWith("data/comment-periods.json", StringComparison.Ordinal) && r.Status == 304));
        // Every read after the first names the version the server holds.
        Assert.All(host.Requests.Where(r => r.Path.EndsWith("data/comment-periods.json", StringComparison.Ordinal)).Skip(1), r => Assert.NotNull(r.IfNoneMatch));
    }

    [Fact]
    public async Task A_period_published_later_is_accepted_and_an_unreachable_site_keeps_the_last_copy()
    {
        using var site = await TestSite.CreateAsync("http://127.0.0.1:9/hogo/", "http://127.0.0.1:9");
        var host = new StaticSiteHost(site.OutputDirectory, "/hogo/");
        await using var server = await CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__StorePath"] = fixture.NewStorePath(),
            ["Comments__SiteUrl"] = host.SiteUrl.ToString(),
            ["Comments__SiteRefreshSeconds"] = "1",
        });
        using var client = new CommentClient(server.Client(), $"http://127.0.0.1:{host.Port}");
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync("later-period", Form.Fields("まだない"))).Status);

        var today = TokyoTime.DateOf(DateTimeOffset.UtcNow);
        site.WritePeriod("later-period", JapaneseDate.Iso(today.AddDays(-1)), JapaneseDate.Iso(today.AddDays(30)), "");
        await site.BuildAsync();
        await WaitUntilAsync(async () => (await client.PostJsonAsync("later-period", Form.Json($"後から公開 {Form.Marker()}"))).Status == HttpStatusCode.Created);

        host.Dispose();
        await Poll.UntilAsync(() => server.Output.Contains("keeping the copy read before", StringComparison.Ordinal), TimeSpan.FromSeconds(20),
            () => "The server did not try the site after it went away:\n" + server.Output);
        await client.SubmitAsync("later-period", $"サイトに届かなくても {Form.Marker()}");
        Assert.Equal("ok", await server.Client().GetStringAsync("health"));
    }

    private static Task WaitUntilAsync(Func<bool> condition) => Poll.UntilAsync(condition, TimeSpan.FromSeconds(20), () => "not within 20 s");

    private static Task WaitUntilAsync(Func<Task<bool>> condition) => Poll.UntilAsync(condition, TimeSpan.FromSeconds(20), () => "not within 20 s");
}
