using Disclosure.Comments.Receipts;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;
using Disclosure.Time;

namespace Disclosure.Comments.Tests;

/// <summary>After a period has closed, staff remove the personal fields; the opinions stay for the published summary.</summary>
public abstract class PurgeTests(CommentServerFixture server)
{
    /// <summary>Writes a row as the server would have when the period was open (closed periods take no posts now).</summary>
    private string InsertRow(string periodId, DateOnly closes, string opinion, string marker)
    {
        var receipt = ReceiptNumber.New();
        server.Store().InsertSubmission(receipt, periodId, closes, TokyoTime.StartOf(closes).AddHours(12), opinion,
            $"消える 氏名 {marker}", "purge@example.jp", $"テスト市6-6 {marker}");
        return receipt;
    }

    [Fact]
    public async Task Purge_removes_personal_fields_of_periods_closed_more_than_the_given_days_ago_and_keeps_the_opinions()
    {
        using var client = server.Client();
        var today = TokyoTime.DateOf(DateTimeOffset.UtcNow);
        var marker = Form.Marker();
        var old = InsertRow(TestSite.ClosedPeriod, today.AddDays(-2), $"締切後の意見 {marker}", marker);
        var yesterday = InsertRow("closed-yesterday", today.AddDays(-1), $"昨日締切の意見 {marker}", marker);
        var open = await client.SubmitAsync(TestSite.StrictPeriod, $"募集中の意見 {marker}",
            ("name", "残る 氏名"), ("email", "stay@example.jp"), ("address", "テスト市7-7"));
        var logged = server.Store().AccessLog().Count;

        var (exit, stdout, stderr) = await server.RunCliAsync("comments", "purge", "--older-than", "1");

        Assert.True(exit == 0, stderr);
        Assert.Contains($"{JapaneseDate.Iso(today.AddDays(-1))} より前に締め切った意見募集の", stdout);
        Assert.Contains("件から、氏名・メールアドレス・住所を削除しました", stdout);

        var purged = server.Store().Receipt(old)!;
        Assert.Equal($"締切後の意見 {marker}", purged.Opinion);
        Assert.Null(purged.Name);
        Assert.Null(purged.Email);
        Assert.Null(purged.Address);
        Assert.NotNull(purged.PersonalPurgedAt);

        var closedYesterday = server.Store().Receipt(yesterday)!;
        Assert.Equal($"消える 氏名 {marker}", closedYesterday.Name);
        Assert.Null(closedYesterday.PersonalPurgedAt);

        var stillOpen = server.Store().Receipt(open)!;
        Assert.Equal("残る 氏名", stillOpen.Name);
        Assert.Equal("stay@example.jp", stillOpen.Email);
        Assert.Equal("テスト市7-7", stillOpen.Address);
        Assert.Null(stillOpen.PersonalPurgedAt);

        var entry = Assert.Single(server.Store().AccessLog().Skip(logged));
        Assert.StartsWith("cli:", entry.Actor);
        Assert.Equal("purge", entry.Action);
        Assert.Null(entry.PeriodId);
        Assert.True(entry.Rows >= 1);
        Assert.Contains($"の {entry.Rows} 件から", stdout);

        var csv = await StaffExport.RowsAsync(client, TestSite.ClosedPeriod);
        Assert.Equal(["", "", "", "はい"], new[] { "氏名", "メールアドレス", "住所", "個人情報削除済み" }.Select(c => csv[old][c]));
        Assert.Equal($"締切後の意見 {marker}", csv[old]["意見"]);

        // A second purge finds nothing more to remove, and is logged too.
        var again = await server.RunCliAsync("comments", "purge", "--older-than", "1");
        Assert.True(again.ExitCode == 0, again.Stderr);
        Assert.Contains("の 0 件から", again.Stdout);
        Assert.Equal(0, server.Store().AccessLog().Last(e => e.Action == "purge").Rows);
    }

    [Fact]
    public async Task A_negative_number_of_days_is_refused()
    {
        var (exit, _, stderr) = await server.RunCliAsync("comments", "purge", "--older-than", "-1");

        Assert.NotEqual(0, exit);
        Assert.Contains("0 以上の日数", stderr);
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class PurgeTestsOnSqlite(SqliteServerFixture server) : PurgeTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class PurgeTestsOnPostgres(PostgresServerFixture server) : PurgeTests(server);
