using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;
using Disclosure.Time;

namespace Disclosure.Comments.Tests;

/// <summary>Only open periods take submissions; the answer says why and when.</summary>
public abstract class PeriodStateTests(CommentServerFixture server)
{
    private static DateOnly Today => TokyoTime.DateOf(DateTimeOffset.UtcNow);

    /// <summary>The site's date style: 和暦 with the Western year, as every page of the site writes dates.</summary>
    private static string Japanese(DateOnly date) => Disclosure.Time.JapaneseDate.Format(date);

    [Fact]
    public async Task An_unknown_period_is_404()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync("no-such-period", Form.Fields($"存在しない募集 {marker}"));

        PageAssert.AssertMessagePage(reply, HttpStatusCode.NotFound, "「no-such-period」という意見募集はありません");
        Assert.Contains("意見募集が見つかりません", reply.Document.Title);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task An_unknown_period_id_is_shown_as_text_never_as_markup()
    {
        using var client = server.Client();
        var reply = await client.PostFormAsync("<img src=x onerror=alert(3)>", Form.Fields($"募集名に記号 {Form.Marker()}"));

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Contains("「<img src=x onerror=alert(3)>」という意見募集はありません", reply.MainText);
        Assert.Empty(reply.Document.QuerySelectorAll("img[onerror]"));
    }

    [Fact]
    public async Task An_unknown_period_is_a_404_problem_for_a_json_client()
    {
        using var client = server.Client();
        var reply = await client.PostJsonAsync("no-such-period", Form.Json($"存在しない募集 {Form.Marker()}"));

        PageAssert.AssertProblem(reply, HttpStatusCode.NotFound, phrase: "意見募集が見つかりません");
    }

    [Fact]
    public async Task An_upcoming_period_is_403_and_the_page_names_its_dates()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.UpcomingPeriod, Form.Fields($"まだ早い {marker}"));

        PageAssert.AssertMessagePage(reply, HttpStatusCode.Forbidden, "募集期間は");
        Assert.Contains("まだ始まっていません", reply.Document.Title);
        Assert.Contains($"{Japanese(Today.AddDays(3))}から{Japanese(Today.AddDays(40))} 23時59分（日本時間）まで", reply.MainText);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_closed_period_is_403()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.ClosedPeriod, Form.Fields($"もう遅い {marker}"));

        PageAssert.AssertMessagePage(reply, HttpStatusCode.Forbidden, $"{Japanese(Today.AddDays(-40))}から{Japanese(Today.AddDays(-2))}");
        Assert.Contains("終了しました", reply.Document.Title);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_closed_period_is_a_403_problem_for_a_json_client()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostJsonAsync(TestSite.ClosedPeriod, Form.Json($"もう遅い JSON {marker}"));

        PageAssert.AssertProblem(reply, HttpStatusCode.Forbidden, phrase: "終了しました");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class PeriodStateTestsOnSqlite(SqliteServerFixture server) : PeriodStateTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class PeriodStateTestsOnPostgres(PostgresServerFixture server) : PeriodStateTests(server);
