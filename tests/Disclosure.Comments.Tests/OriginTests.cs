using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>A form posted from another site (cross-site request forgery) is refused; the site's own form is not.</summary>
public abstract class OriginTests(CommentServerFixture server)
{
    private const string Refused = "別のサイトから送られたフォームは受け付けていません";

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://127.0.0.1")] // the site's host, but not its port
    [InlineData("https://127.0.0.1:{port}")] // the site's host and port, but not its scheme
    public async Task An_origin_of_another_site_is_403(string origin)
    {
        using var client = server.Client();
        origin = origin.Replace("{port}", new Uri(server.SiteOrigin).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, new FormUrlEncodedContent(Form.Fields($"他サイト {marker}")), origin: origin);

        PageAssert.AssertMessagePage(reply, HttpStatusCode.Forbidden, Refused);
        Assert.Contains("送信元を確認できません", reply.Document.Title);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task An_origin_of_another_site_is_a_403_problem_for_a_json_client()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, new FormUrlEncodedContent(Form.Fields($"他サイト JSON {marker}")),
            json: true, origin: "https://evil.example");

        PageAssert.AssertProblem(reply, HttpStatusCode.Forbidden, phrase: "送信元を確認できません");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_referer_of_another_site_without_an_origin_is_403()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, new FormUrlEncodedContent(Form.Fields($"リファラ {marker}")),
            origin: "", referer: "https://evil.example/hogo/comment-periods/open-period/");

        PageAssert.AssertMessagePage(reply, HttpStatusCode.Forbidden, Refused);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_referer_from_the_site_without_an_origin_is_accepted()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, new FormUrlEncodedContent(Form.Fields($"同じサイトのリファラ {marker}")),
            origin: "", referer: server.Site.SiteUrl + "comment-periods/open-period/");

        Assert.True(reply.Status == HttpStatusCode.SeeOther, reply.ToString());
        Assert.Single(server.Store().RowsWith(marker));
    }

    [Fact]
    public async Task The_sites_own_origin_is_accepted()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, new FormUrlEncodedContent(Form.Fields($"同じサイト {marker}")), origin: server.SiteOrigin);

        Assert.True(reply.Status == HttpStatusCode.SeeOther, reply.ToString());
        Assert.Single(server.Store().RowsWith(marker));
    }

    /// <summary>Browsers send <c>Origin: null</c> from sandboxed frames, data: URLs and some redirects: no site to trust.</summary>
    [Fact]
    public async Task An_origin_of_null_is_403()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, new FormUrlEncodedContent(Form.Fields($"null {marker}")),
            origin: "null", referer: server.Site.SiteUrl);

        PageAssert.AssertMessagePage(reply, HttpStatusCode.Forbidden, Refused);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    /// <summary>
    /// The error page is served from the comment server's own address (it is the answer to the POST), and its form
    /// is how a citizen corrects and resends: the browser then sends the comment server's origin. A page of the
    /// server itself is not another site, so the corrected form must be accepted.
    /// </summary>
    [Fact]
    public async Task A_form_corrected_on_the_error_page_and_sent_again_is_accepted()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var first = await client.PostFormAsync(TestSite.OpenPeriod, Form.Without(Form.Fields($"直して再送 {marker}", ("name", "再送 花子")), "agree"));
        PageAssert.AssertFieldError(first, HttpStatusCode.UnprocessableEntity, "agree", "チェックを入れてください");

        // What the browser sends when the citizen ticks the box on that page and presses the button again.
        var form = Assert.IsAssignableFrom<AngleSharp.Html.Dom.IHtmlFormElement>(first.Document.QuerySelector("form.comment-form"));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" } box when box.Name == "agree":
                    fields.Add(new(box.Name!, box.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement { Type: "checkbox" or "submit" }:
                    break;
                case AngleSharp.Html.Dom.IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    fields.Add(new(input.Name!, input.GetAttribute("value") ?? ""));
                    break;
                case AngleSharp.Html.Dom.IHtmlTextAreaElement area:
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case AngleSharp.Html.Dom.IHtmlSelectElement select:
                    fields.Add(new(select.Name!, select.Options.FirstOrDefault(o => o.HasAttribute("selected"))?.Value ?? select.Options[0]?.Value ?? ""));
                    break;
            }
        }
        var action = new Uri(form.GetAttribute("action")!);
        Assert.Equal(server.Server.Address.GetLeftPart(UriPartial.Authority), action.GetLeftPart(UriPartial.Authority));
        var pageUrl = new Uri(server.Server.Address, $"periods/{TestSite.OpenPeriod}/comments");

        var again = await client.PostAsync(TestSite.OpenPeriod, new FormUrlEncodedContent(fields),
            origin: pageUrl.GetLeftPart(UriPartial.Authority), referer: pageUrl.ToString());

        Assert.True(again.Status == HttpStatusCode.SeeOther, $"the corrected form was refused: {again.Status} {again.Document.QuerySelector("main p")?.TextContent}");
        var row = Assert.Single(server.Store().RowsWith(marker));
        Assert.Equal($"直して再送 {marker}", row.Opinion);
        Assert.Equal("再送 花子", row.Name);
    }

    [Fact]
    public async Task A_refused_form_comes_back_with_everything_typed_and_can_be_sent_from_there()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostAsync(TestSite.OpenPeriod, new FormUrlEncodedContent(Form.Fields($"保存したページから {marker}",
            ("name", "佐藤 花子"), ("email", "hanako@example.jp"), ("address", "テスト市3-3"), ("section", "Ⅲ リスク対策"))), origin: "null");

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.Equal($"保存したページから {marker}", PageAssert.TextareaText(reply));
        Assert.Equal("佐藤 花子", PageAssert.InputValue(reply, "name"));
        Assert.Equal("hanako@example.jp", PageAssert.InputValue(reply, "email"));
        Assert.Equal("テスト市3-3", PageAssert.InputValue(reply, "address"));
        Assert.Equal("Ⅲ リスク対策", PageAssert.SelectedOption(reply));
        Assert.Contains(Refused, reply.Document.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal(0, server.Store().CountMentioning(marker));

        // The page's form posts to this server, whose own origin is accepted.
        var action = new Uri(reply.Document.QuerySelector("form.comment-form")!.GetAttribute("action")!);
        var again = await client.PostAsync(TestSite.OpenPeriod, new FormUrlEncodedContent(Form.Fields($"保存したページから {marker}")),
            origin: action.GetLeftPart(UriPartial.Authority));
        Assert.True(again.Status == HttpStatusCode.SeeOther, again.ToString());
    }

    [Theory]
    [InlineData("cross-site", HttpStatusCode.Forbidden)]
    [InlineData("same-site", HttpStatusCode.SeeOther)]
    [InlineData("none", HttpStatusCode.SeeOther)]
    public async Task Without_origin_or_referer_fetch_metadata_decides(string fetchSite, HttpStatusCode expected)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"periods/{TestSite.OpenPeriod}/comments")
        {
            Content = new FormUrlEncodedContent(Form.Fields($"メタデータ {marker}")),
        };
        request.Headers.Add("Sec-Fetch-Site", fetchSite);

        var reply = await client.SendAsync(request);

        Assert.True(reply.Status == expected, reply.ToString());
        Assert.Equal(expected == HttpStatusCode.SeeOther ? 1 : 0, server.Store().CountMentioning(marker));
    }
}


[Collection(SqliteServerCollection.Name)]
public sealed class OriginTestsOnSqlite(SqliteServerFixture server) : OriginTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class OriginTestsOnPostgres(PostgresServerFixture server) : OriginTests(server);
