using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>
/// A submission with a problem is refused with 422, the period page comes back with an error summary, inline
/// messages and everything the citizen typed, and nothing is stored.
/// </summary>
public abstract class ValidationTests(CommentServerFixture server)
{
    [Fact]
    public async Task A_missing_opinion_is_refused_and_the_other_fields_are_kept()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields("  \n ",
            ("name", $"佐藤 {marker}"), ("email", "sato@example.jp"), ("address", "テスト市2-2"), ("section", "Ⅰ 基本情報")));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "opinion", "ご意見を入力してください");
        Assert.Equal($"佐藤 {marker}", PageAssert.InputValue(reply, "name"));
        Assert.Equal("sato@example.jp", PageAssert.InputValue(reply, "email"));
        Assert.Equal("テスト市2-2", PageAssert.InputValue(reply, "address"));
        Assert.Equal("Ⅰ 基本情報", PageAssert.SelectedOption(reply));
        Assert.True(PageAssert.IsChecked(reply, "agree"));
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task An_opinion_of_101_characters_is_too_long_for_a_period_of_100()
    {
        using var client = server.Client();
        var marker = Form.Marker(); // 33 ASCII characters
        var opinion = marker + new string('あ', TestSite.StrictMaxLength + 1 - marker.Length);
        Assert.Equal(101, opinion.Length);

        var reply = await client.PostFormAsync(TestSite.StrictPeriod, Form.Fields(opinion, Form.Personal(marker)));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "opinion", "100文字以内で入力してください（現在101文字）");
        Assert.Equal(opinion, PageAssert.TextareaText(reply));
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task Exactly_100_characters_are_accepted_for_a_period_of_100()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var opinion = marker + new string('あ', TestSite.StrictMaxLength - marker.Length);

        var reply = await client.PostFormAsync(TestSite.StrictPeriod, Form.Fields(opinion, Form.Personal(marker)));

        Assert.True(reply.Status == HttpStatusCode.SeeOther, reply.ToString());
        Assert.Equal(opinion, Assert.Single(server.Store().RowsWith(marker)).Opinion);
    }

    /// <summary>The limit counts characters as a person does (code points): an emoji is one, not two UTF-16 units.</summary>
    [Fact]
    public async Task One_hundred_emoji_are_accepted_and_101_are_not()
    {
        using var client = server.Client();
        var accepted = string.Concat(Enumerable.Repeat("😀", 100));
        var refused = accepted + "😀";
        var acceptedMarker = Form.Marker();
        var refusedMarker = Form.Marker();

        var ok = await client.PostFormAsync(TestSite.StrictPeriod, Form.Fields(accepted, Form.Personal(acceptedMarker)));
        var tooLong = await client.PostFormAsync(TestSite.StrictPeriod, Form.Fields(refused, Form.Personal(refusedMarker)));

        Assert.True(ok.Status == HttpStatusCode.SeeOther, ok.ToString());
        var row = Assert.Single(server.Store().RowsWhere(r => r.Name?.Contains(acceptedMarker, StringComparison.Ordinal) == true));
        Assert.Equal(accepted, row.Opinion);

        PageAssert.AssertFieldError(tooLong, HttpStatusCode.UnprocessableEntity, "opinion", "現在101文字");
        Assert.Equal(refused, PageAssert.TextareaText(tooLong));
        Assert.Equal(0, server.Store().CountMentioning(refusedMarker));
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("name@localhost")]
    [InlineData("two@@example.jp")]
    [InlineData("space in@example.jp")]
    public async Task An_invalid_email_is_refused_and_kept_in_the_field(string email)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"メールが誤り {marker}", ("email", email)));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "email", "メールアドレスを name@example.jp のような形で入力してください");
        Assert.Equal(email, PageAssert.InputValue(reply, "email"));
        Assert.Contains(marker, PageAssert.TextareaText(reply));
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_missing_agreement_is_refused_and_the_checkbox_stays_unchecked()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.OpenPeriod,
            Form.Without(Form.Fields($"同意なし {marker}", ("section", "Ⅲ リスク対策")), "agree"));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "agree", "個人情報の取扱いを読み、同意する場合はチェックを入れてください");
        Assert.False(PageAssert.IsChecked(reply, "agree"));
        Assert.Equal($"同意なし {marker}", PageAssert.TextareaText(reply));
        Assert.Equal("Ⅲ リスク対策", PageAssert.SelectedOption(reply));
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task Required_name_email_and_address_missing_on_the_strict_period_are_each_reported()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.StrictPeriod, Form.Fields($"連絡先なし {marker}"));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "name", "氏名を入力してください");
        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "email", "メールアドレスを入力してください");
        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "address", "住所を入力してください");
        Assert.Equal(3, reply.Document.QuerySelectorAll("div.error-summary li").Length);
        Assert.Equal($"連絡先なし {marker}", PageAssert.TextareaText(reply));
        Assert.True(PageAssert.IsChecked(reply, "agree"));
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task Only_a_missing_field_is_reported_when_the_others_of_the_strict_period_are_given()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.StrictPeriod,
            Form.Fields($"住所だけなし {marker}", ("name", $"鈴木 {marker}"), ("email", "suzuki@example.jp"), ("address", "   ")));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "address", "住所を入力してください");
        Assert.Null(reply.Document.GetElementById("name-error"));
        Assert.Null(reply.Document.GetElementById("email-error"));
        Assert.Equal($"鈴木 {marker}", PageAssert.InputValue(reply, "name"));
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_section_that_is_not_among_the_choices_is_refused()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"存在しない箇所 {marker}", ("section", "Ⅸ 存在しない章")));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "section", "選択肢から選んでください");
        Assert.Null(PageAssert.SelectedOption(reply));
        Assert.Equal($"存在しない箇所 {marker}", PageAssert.TextareaText(reply));
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Theory]
    [InlineData("name", "氏名", "山田\n太郎", "改行や制御文字")]
    [InlineData("address", "住所", "テスト市\u0007一丁目", "改行や制御文字")]
    [InlineData("name", "氏名", "201", "200文字以内")]
    [InlineData("address", "住所", "201", "200文字以内")]
    public async Task Personal_fields_with_line_breaks_control_characters_or_over_200_characters_are_refused(string field, string label, string value, string phrase)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        if (value == "201")
        {
            value = new string('長', 201);
        }
        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"連絡先の誤り {marker}", (field, value)));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, field, label);
        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, field, phrase);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Theory]
    [InlineData("\u0007")]
    [InlineData("\u001b")]
    [InlineData("\r")]
    [InlineData("\u0085")]
    public async Task Control_characters_in_the_opinion_are_refused(string control)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"制御文字{control}入り {marker}"));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "opinion", "使えない制御文字が含まれています");
        Assert.Contains(marker, PageAssert.TextareaText(reply));
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task Line_breaks_and_tabs_are_not_control_characters_and_CRLF_is_stored_as_LF()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"一行目\r\n二行目\tタブ {marker}"));

        Assert.True(reply.Status == HttpStatusCode.SeeOther, reply.ToString());
        Assert.Equal($"一行目\n二行目\tタブ {marker}", Assert.Single(server.Store().RowsWith(marker)).Opinion);
    }

    [Fact]
    public async Task Typed_markup_comes_back_as_text_and_never_as_markup()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var opinion = $"</textarea><script>alert(1)</script><b>{marker}</b>";
        var name = $"\"><script>alert(2)</script>{marker}";
        var reply = await client.PostFormAsync(TestSite.OpenPeriod,
            Form.Without(Form.Fields(opinion, ("name", name)), "agree"));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "agree", "同意する場合はチェックを入れてください");
        Assert.Equal(opinion, PageAssert.TextareaText(reply));
        Assert.Equal(name, PageAssert.InputValue(reply, "name"));
        Assert.DoesNotContain(reply.Document.QuerySelectorAll("script"), s => s.TextContent.Contains("alert", StringComparison.Ordinal));
        Assert.DoesNotContain(reply.Document.QuerySelectorAll("b"), b => b.TextContent.Contains(marker, StringComparison.Ordinal));
        Assert.DoesNotContain("<script>alert", reply.Text);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", reply.Text);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task Several_problems_are_all_summarised_in_the_order_of_the_form()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostFormAsync(TestSite.StrictPeriod,
            Form.Without(Form.Fields("", ("section", "ない章"), ("email", $"bad {marker}")), "agree"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reply.Status);
        var order = reply.Document.QuerySelectorAll("div.error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["#opinion", "#section", "#name", "#email", "#address", "#agree"], order);
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    public static TheoryData<string, string, string, string> JsonCases() => new()
    {
        // case, period, field, phrase
        { "missing opinion", TestSite.OpenPeriod, "opinion", "ご意見を入力してください" },
        { "too long", TestSite.StrictPeriod, "opinion", "現在101文字" },
        { "invalid email", TestSite.OpenPeriod, "email", "name@example.jp のような形" },
        { "missing agreement", TestSite.OpenPeriod, "agree", "チェックを入れてください" },
        { "missing name", TestSite.StrictPeriod, "name", "氏名を入力してください" },
        { "missing email", TestSite.StrictPeriod, "email", "メールアドレスを入力してください" },
        { "missing address", TestSite.StrictPeriod, "address", "住所を入力してください" },
        { "unknown section", TestSite.OpenPeriod, "section", "選択肢から選んでください" },
        { "control character", TestSite.OpenPeriod, "opinion", "制御文字" },
    };

    [Theory]
    [MemberData(nameof(JsonCases))]
    public async Task A_json_client_gets_problem_details_with_the_field_errors(string problem, string period, string field, string phrase)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var body = Form.Json($"JSON の誤り {marker}", Form.Personal(marker));
        body["section"] = "Ⅰ 基本情報";
        switch (problem)
        {
            case "missing opinion": body["opinion"] = ""; break;
            case "too long": body["opinion"] = marker + new string('字', 101 - marker.Length); break;
            case "invalid email": body["email"] = "@example"; break;
            case "missing agreement": body.Remove("agree"); break;
            case "missing name": body.Remove("name"); break;
            case "missing email": body["email"] = ""; break;
            case "missing address": body.Remove("address"); break;
            case "unknown section": body["section"] = "Ⅳ その他"; break;
            case "control character": body["opinion"] = $"ベル\u0007 {marker}"; break;
            default: throw new ArgumentOutOfRangeException(nameof(problem));
        }

        var reply = await client.PostJsonAsync(period, body);

        PageAssert.AssertProblem(reply, HttpStatusCode.UnprocessableEntity, field, phrase);
        Assert.Single(reply.Json.RootElement.GetProperty("errors").EnumerateObject());
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_filled_honeypot_is_refused_with_400_and_the_opinion_is_kept()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var opinion = $"自動入力された {marker}";
        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields(opinion, ("website", "http://spam.example/"), ("name", "高橋")));

        Assert.True(reply.Status == HttpStatusCode.BadRequest, reply.ToString());
        Assert.Equal("text/html", reply.MediaType);
        Assert.StartsWith(PageAssert.ErrorPrefix, reply.Document.Title);
        Assert.Contains("自動入力された項目があったため送信できませんでした", reply.Document.QuerySelector("div.error-summary")?.TextContent);
        Assert.Equal(opinion, PageAssert.TextareaText(reply));
        Assert.Equal("高橋", PageAssert.InputValue(reply, "name"));
        Assert.Equal("", PageAssert.InputValue(reply, "website"));
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_filled_honeypot_from_a_json_client_is_a_400_problem()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostJsonAsync(TestSite.OpenPeriod, Form.Json($"ボット {marker}", ("website", "x")));

        PageAssert.AssertProblem(reply, HttpStatusCode.BadRequest, "form", "自動入力された項目");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class ValidationTestsOnSqlite(SqliteServerFixture server) : ValidationTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class ValidationTestsOnPostgres(PostgresServerFixture server) : ValidationTests(server);
