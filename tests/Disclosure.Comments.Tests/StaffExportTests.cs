using System.Net;
using System.Text;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>Staff read the submissions as CSV over HTTP, with a bearer token; Excel opens the file safely and correctly.</summary>
public abstract class StaffExportTests(CommentServerFixture server)
{
    [Fact]
    public async Task Without_a_token_the_export_is_401_and_nothing_is_logged()
    {
        using var client = server.Client();
        var logged = server.Store().AccessLog().Count;

        var reply = await StaffExport.GetAsync(client, TestSite.OpenPeriod, token: null);

        PageAssert.AssertProblem(reply, HttpStatusCode.Unauthorized, phrase: "認証が必要です");
        Assert.Equal("Bearer", reply.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain("受付番号", reply.Text);
        Assert.Equal(logged, server.Store().AccessLog().Count);
    }

    [Theory]
    [InlineData("Bearer wrong-token-wrong-token-wrong")]
    [InlineData("Bearer " + CommentServerFixture.StaffToken + "x")]
    [InlineData("Bearer test-staff-token")] // the right token's beginning
    [InlineData("Bearer ")]
    [InlineData("Basic " + CommentServerFixture.StaffToken)]
    [InlineData(CommentServerFixture.StaffToken)]
    public async Task With_a_wrong_token_the_export_is_401_and_nothing_is_logged(string authorization)
    {
        using var client = server.Client();
        var logged = server.Store().AccessLog().Count;

        var reply = await client.GetAsync($"admin/periods/{TestSite.OpenPeriod}/comments.csv", authorization: authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, reply.Status);
        Assert.DoesNotContain("受付番号", reply.Text);
        Assert.Equal(logged, server.Store().AccessLog().Count);
    }

    [Fact]
    public async Task With_the_token_the_export_is_a_utf8_csv_with_a_bom_and_the_japanese_header()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var receipt = await client.SubmitAsync(TestSite.StrictPeriod, $"書き出しの確認 {marker}",
            ("section", "Ⅲ リスク対策"), ("name", "書出 太郎"), ("email", "kakidashi@example.jp"), ("address", "テスト市3-3"));

        var reply = await StaffExport.GetAsync(client, TestSite.StrictPeriod);

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Equal("text/csv", reply.MediaType);
        Assert.Equal("utf-8", reply.ContentHeaders.ContentType?.CharSet, ignoreCase: true);
        Assert.Contains("no-store", reply.Headers.CacheControl?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], reply.Body.Take(3));
        Assert.StartsWith("受付番号,受付日時,対象箇所,意見,重複元の受付番号,氏名,メールアドレス,住所,個人情報削除済み\r\n",
            Encoding.UTF8.GetString(reply.Body, 3, reply.Body.Length - 3));

        var records = StaffExport.Parse(reply.Body);
        var row = Assert.Single(records, r => r[0] == receipt);
        var stored = server.Store().Receipt(receipt)!;
        Assert.Equal([receipt, stored.ReceivedAt, "Ⅲ リスク対策", $"書き出しの確認 {marker}", "", "書出 太郎", "kakidashi@example.jp", "テスト市3-3", ""], row);
        Assert.EndsWith("+09:00", row[1]);
    }

    [Fact]
    public async Task An_opinion_with_commas_quotes_and_line_breaks_round_trips_through_rfc_4180_quoting()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var opinion = $"第一に、\"個人番号\"の扱い,について。\n第二に \"\"二重\"\" の引用符。\n\n{marker}";
        var receipt = await client.SubmitAsync(TestSite.OpenPeriod, opinion, ("address", "テスト市, 4-4 \"別館\""));

        var reply = await StaffExport.GetAsync(client, TestSite.OpenPeriod);

        var text = Encoding.UTF8.GetString(reply.Body);
        Assert.Contains("\"第一に、\"\"個人番号\"\"の扱い,について。\n第二に \"\"\"\"二重\"\"\"\" の引用符。\n\n" + marker + "\"", text);
        var row = Assert.Single(StaffExport.Parse(reply.Body), r => r[0] == receipt);
        Assert.Equal(opinion, row[3]);
        Assert.Equal("テスト市, 4-4 \"別館\"", row[7]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"開く\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\t=1+1")]
    [InlineData(" =1+1")]
    [InlineData("\u3000=1+1")]
    [InlineData("\u00A0@SUM(A1)")]
    [InlineData("\u200B=1+1")]
    [InlineData("\n=1+1")]
    [InlineData("＝1+1")]
    [InlineData("＋1")]
    [InlineData("－1+1")]
    [InlineData("＠SUM(A1)")]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_start_with_an_apostrophe(string formula)
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var opinion = $"{formula} {marker}";
        var receipt = await client.SubmitAsync(TestSite.OpenPeriod, opinion,
            ("name", "=1+2 名前"), ("email", "-minus@example.jp"), ("address", "@テスト市"));

        var rows = await StaffExport.RowsAsync(client, TestSite.OpenPeriod);

        var row = rows[receipt];
        Assert.Equal("'" + opinion, row["意見"]);
        Assert.Equal("'=1+2 名前", row["氏名"]);
        Assert.Equal("'-minus@example.jp", row["メールアドレス"]);
        Assert.Equal("'@テスト市", row["住所"]);
        // The store keeps what the citizen wrote; only the spreadsheet file is neutralised.
        Assert.Equal(opinion, server.Store().Receipt(receipt)!.Opinion);
    }

    [Fact]
    public async Task A_period_without_submissions_exports_the_header_only()
    {
        using var client = server.Client();
        var reply = await StaffExport.GetAsync(client, TestSite.UpcomingPeriod);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Equal([StaffExport.Header], StaffExport.Parse(reply.Body));
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class StaffExportTestsOnSqlite(SqliteServerFixture server) : StaffExportTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class StaffExportTestsOnPostgres(PostgresServerFixture server) : StaffExportTests(server);
