using System.Net;
using System.Text.RegularExpressions;
using Disclosure.Comments.Receipts;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>A valid opinion is stored before a receipt is given, and the receipt page shows that receipt.</summary>
public abstract partial class SubmissionTests(CommentServerFixture server)
{
    [GeneratedRegex("^[2-9A-HJ-NP-Z]{3}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$")]
    private static partial Regex ReceiptPattern();

    [GeneratedRegex(@"^periods/open-period/receipts/([^/?#]+)$")]
    private static partial Regex ReceiptLocation();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+09:00$")]
    private static partial Regex TokyoTimestamp();

    [Fact]
    public async Task A_form_submission_is_stored_and_answered_with_303_to_its_receipt_page()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var opinion = $"個人情報の保護を徹底してください。{marker}\n二行目です。";
        var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields(opinion,
            ("section", "Ⅱ 特定個人情報ファイルの概要"), ("name", $"山田 花子{marker}"), ("email", "hanako@example.jp"), ("address", "テスト市本町1-1")));

        Assert.True(reply.Status == HttpStatusCode.SeeOther, reply.ToString());
        Assert.Equal("receipts/", reply.Headers.Location?.OriginalString[..9]);
        var location = reply.LocationPath;
        var match = ReceiptLocation().Match(location);
        Assert.True(match.Success, $"Location was {location}");
        var receipt = Uri.UnescapeDataString(match.Groups[1].Value);
        Assert.Matches(ReceiptPattern(), receipt);

        var page = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal(receipt, page.Document.QuerySelector(".receipt-number")?.TextContent);
        Assert.Contains("意見を受け付けました", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains(receipt, page.Document.Title);
        Assert.DoesNotContain(marker, page.Text);

        var row = Assert.Single(server.Store().RowsWith(marker));
        Assert.Equal(receipt, row.Receipt);
        Assert.Equal(TestSite.OpenPeriod, row.PeriodId);
        Assert.Equal(opinion, row.Opinion);
        Assert.Equal("Ⅱ 特定個人情報ファイルの概要", row.Section);
        Assert.Equal($"山田 花子{marker}", row.Name);
        Assert.Equal("hanako@example.jp", row.Email);
        Assert.Equal("テスト市本町1-1", row.Address);
        Assert.Null(row.DuplicateOf);
        Assert.Matches(TokyoTimestamp(), row.ReceivedAt);
        var received = DateTimeOffset.Parse(row.ReceivedAt, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(received, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task A_json_client_gets_201_with_the_receipt_and_its_location()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var reply = await client.PostJsonAsync(TestSite.OpenPeriod, Form.Json($"JSON からの意見 {marker}", ("name", "プログラム")));

        Assert.True(reply.Status == HttpStatusCode.Created, reply.ToString());
        Assert.Equal("application/json", reply.MediaType);
        var receipt = reply.Json.RootElement.GetProperty("receipt").GetString()!;
        Assert.Matches(ReceiptPattern(), receipt);
        Assert.Equal($"receipts/{receipt}", reply.Headers.Location?.OriginalString);
        Assert.Equal($"periods/open-period/receipts/{receipt}", reply.LocationPath);

        var row = Assert.Single(server.Store().RowsWith(marker));
        Assert.Equal(receipt, row.Receipt);
        Assert.Equal("プログラム", row.Name);
        Assert.Null(row.Email);
        Assert.Null(row.Section);
    }

    [Fact]
    public async Task The_receipt_page_accepts_the_number_as_typed_in_lower_case_and_without_hyphens()
    {
        using var client = server.Client();
        var receipt = await client.SubmitAsync(TestSite.OpenPeriod, $"受付番号の確認 {Form.Marker()}");

        var page = await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{receipt.Replace("-", "").ToLowerInvariant()}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(receipt, page.Document.QuerySelector(".receipt-number")?.TextContent);
    }

    [Theory]
    [InlineData("open-period", "not-a-receipt")]
    [InlineData("open-period", "222-2222-2223")] // well formed, but its check character is wrong
    [InlineData("open-period", "222-2222-2222")] // valid, but never given
    [InlineData("no-such-period", "222-2222-2222")]
    public async Task An_unknown_receipt_page_is_404(string period, string receipt)
    {
        using var client = server.Client();
        var page = await client.GetAsync($"periods/{period}/receipts/{receipt}");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("受付番号が見つかりません", page.MainText);
    }

    [Fact]
    public async Task A_valid_receipt_that_was_never_given_and_a_receipt_of_another_period_are_404()
    {
        using var client = server.Client();
        var given = await client.SubmitAsync(TestSite.OpenPeriod, $"別の募集の受付番号 {Form.Marker()}");
        string neverGiven;
        do
        {
            neverGiven = ReceiptNumber.New();
        }
        while (neverGiven == given);

        var unknown = await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{neverGiven}");
        var otherPeriod = await client.GetAsync($"periods/{TestSite.StrictPeriod}/receipts/{given}");

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("受付番号が見つかりません", unknown.MainText);
        Assert.Equal(HttpStatusCode.NotFound, otherPeriod.Status);
        Assert.Contains("受付番号が見つかりません", otherPeriod.MainText);
    }

    /// <summary>
    /// Every other error page of the server has a title starting with 「エラー：」, so a screen reader announces the
    /// failure first; the unknown-receipt page is an error page too.
    /// </summary>
    [Fact]
    public async Task The_unknown_receipt_page_title_starts_with_the_error_prefix()
    {
        using var client = server.Client();
        var page = await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/222-2222-2222");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.StartsWith(PageAssert.ErrorPrefix, page.Document.Title);
    }

    [Fact]
    public async Task Fifty_submissions_get_fifty_distinct_random_receipts()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var receipts = new List<string>();
        // Ten at a time, so several share one group commit as real traffic would.
        for (var round = 0; round < 5; round++)
        {
            var batch = Enumerable.Range(0, 10).Select(i => client.SubmitAsync(TestSite.OpenPeriod, $"{marker} 番号 {round * 10 + i}"));
            receipts.AddRange(await Task.WhenAll(batch));
        }

        Assert.Equal(50, receipts.Count);
        Assert.All(receipts, r => Assert.Matches(ReceiptPattern(), r));
        Assert.Equal(50, receipts.Distinct().Count());
        // Not a counter: neither in order nor sharing a common prefix.
        Assert.NotEqual(receipts.Order(StringComparer.Ordinal), receipts);
        Assert.True(receipts.Select(r => r[..3]).Distinct().Count() > 10, string.Join(", ", receipts));
        Assert.True(receipts.Select(r => r[^1]).Distinct().Count() > 5, "the last characters hardly vary: " + string.Join(", ", receipts));

        var stored = server.Store().RowsWith(marker);
        Assert.Equal(50, stored.Count);
        Assert.Equal(receipts.Order(StringComparer.Ordinal), stored.Select(r => r.Receipt).Order(StringComparer.Ordinal));
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class SubmissionTestsOnSqlite(SqliteServerFixture server) : SubmissionTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class SubmissionTestsOnPostgres(PostgresServerFixture server) : SubmissionTests(server);
