using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;

namespace Disclosure.Comments.Tests;

/// <summary>A repeated text (a campaign, a double click) is kept, every time, and marked with the first one's receipt.</summary>
public abstract class DuplicateTests(CommentServerFixture server)
{
    [Fact]
    public async Task The_same_text_however_typed_is_kept_and_points_to_the_first_receipt()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        string[] texts =
        [
            $"{marker} 同じ意見です。 番号は123です。",
            $"{marker} 同じ意見です。 番号は123です。",
            $"  {marker}\n\n同じ意見です。\t  番号は123です。 ",
            $"{marker}　同じ意見です。　番号は１２３です。",
            // A zero-width space and a soft hyphen typed into a copy do not make it another text.
            $"{marker} 同じ\u200B意見です。 番号は\u00AD123です。",
        ];
        var receipts = new List<string>();
        foreach (var text in texts)
        {
            var reply = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields(text));
            Assert.True(reply.Status == HttpStatusCode.SeeOther, reply.ToString());
            receipts.Add(reply.Headers.Location!.OriginalString.Split('/').Last());
        }

        var rows = server.Store().RowsWith(marker);
        Assert.Equal(receipts, rows.Select(r => r.Receipt));
        Assert.Equal(texts, rows.Select(r => r.Opinion));
        Assert.Null(rows[0].DuplicateOf);
        Assert.All(rows.Skip(1), r => Assert.Equal(receipts[0], r.DuplicateOf));

        var csv = await StaffExport.RowsAsync(client, TestSite.OpenPeriod);
        Assert.Equal("", csv[receipts[0]]["重複元の受付番号"]);
        foreach (var receipt in receipts.Skip(1))
        {
            Assert.Equal(receipts[0], csv[receipt]["重複元の受付番号"]);
        }
    }

    [Fact]
    public async Task A_different_text_and_the_same_text_in_another_period_are_not_duplicates()
    {
        using var client = server.Client();
        var marker = Form.Marker();
        var first = await client.SubmitAsync(TestSite.OpenPeriod, $"{marker} 元の意見");
        var different = await client.SubmitAsync(TestSite.OpenPeriod, $"{marker} 元の意見とは違う");
        var otherPeriod = await client.SubmitAsync(TestSite.StrictPeriod, $"{marker} 元の意見", Form.Personal(marker));

        Assert.Null(server.Store().Receipt(first)!.DuplicateOf);
        Assert.Null(server.Store().Receipt(different)!.DuplicateOf);
        Assert.Null(server.Store().Receipt(otherPeriod)!.DuplicateOf);
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class DuplicateTestsOnSqlite(SqliteServerFixture server) : DuplicateTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class DuplicateTestsOnPostgres(PostgresServerFixture server) : DuplicateTests(server);
