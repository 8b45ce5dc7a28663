using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>
/// Text that shows nothing, or shows something other than what it holds, is refused with a clear message: an opinion
/// of invisible characters only, and names or addresses carrying direction controls or line separators.
/// </summary>
public abstract class TextHygieneTests(CommentServerFixture server)
{
    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("\u200D\u2060\uFEFF")]
    [InlineData("\u3164\u3164")]
    [InlineData("\u2800 \u3000\u200E")]
    public async Task An_opinion_with_no_visible_character_is_refused_like_a_blank_one(string opinion)
    {
        using var client = server.Client();
        var marker = Form.Marker();

        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields(opinion, ("name", marker)));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "opinion", "ご意見を入力してください");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Theory]
    [InlineData("name", "佐藤\u202Eうろた", "氏名")]
    [InlineData("name", "佐藤\u2066太郎\u2069", "氏名")]
    [InlineData("address", "テスト市\u20281-1", "住所")]
    [InlineData("address", "テスト市\u20291-1", "住所")]
    [InlineData("email", "sato\u200F@example.jp", "メールアドレス")]
    public async Task A_direction_control_or_separator_in_a_personal_field_is_refused(string field, string value, string label)
    {
        using var client = server.Client();
        var marker = Form.Marker();

        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"意見 {marker}", (field, value)));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, field, $"{label}に、文字の並ぶ向きを変える制御文字か行・段落の区切り文字");
        Assert.Equal(0, server.Store().CountMentioning(marker));
    }

    [Fact]
    public async Task A_name_of_invisible_characters_only_is_refused()
    {
        using var client = server.Client();
        var marker = Form.Marker();

        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"意見 {marker}", ("name", "\u200B\u200B")));

        PageAssert.AssertFieldError(reply, HttpStatusCode.UnprocessableEntity, "name", "氏名が見えない文字だけ");
    }

    [Fact]
    public async Task Ordinary_text_with_a_joiner_inside_is_accepted()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        // A family emoji is joined with zero-width joiners: visible, and fine.
        var opinion = $"{marker} 家族 👨\u200D👩\u200D👧 で話し合いました。";

        var receipt = await client.SubmitAsync(TestSite.OpenPeriod, opinion, ("name", "佐藤 太郎"));

        Assert.Equal(opinion, server.Store().Receipt(receipt)!.Opinion);
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class TextHygieneTestsOnSqlite(SqliteServerFixture server) : TextHygieneTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class TextHygieneTestsOnPostgres(PostgresServerFixture server) : TextHygieneTests(server);
