using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;
using Disclosure.Time;

namespace Disclosure.Comments.Tests;

/// <summary>A period added to the site is open for submissions as soon as the site is rebuilt, without restarting the server.</summary>
public abstract class PeriodReloadTests(CommentServerFixture server)
{
    [Fact]
    public async Task A_period_added_by_a_rebuild_takes_submissions_without_a_restart()
    {
        using var client = server.Client();
        var id = "added-" + Guid.NewGuid().ToString("N")[..8];
        var today = TokyoTime.DateOf(DateTimeOffset.UtcNow);
        var marker = Form.Marker();

        var before = await client.PostFormAsync(id, Form.Fields($"追加前 {marker}"));
        Assert.Equal(HttpStatusCode.NotFound, before.Status);

        server.Site.WritePeriod(id, JapaneseDate.Iso(today.AddDays(-1)), JapaneseDate.Iso(today.AddDays(30)), "max_length: 500\n");
        await server.Site.BuildAsync();

        var after = await client.PostFormAsync(id, Form.Fields($"追加後 {marker}"));
        Assert.True(after.Status == HttpStatusCode.SeeOther, after.ToString());
        var receipt = await client.GetAsync(after.LocationPath);
        Assert.Equal(HttpStatusCode.OK, receipt.Status);
        Assert.Contains($"意見募集 {id}", receipt.MainText);

        var row = Assert.Single(server.Store().RowsWith(marker));
        Assert.Equal(id, row.PeriodId);
        Assert.Equal(JapaneseDate.Iso(today.AddDays(30)), row.PeriodCloses);

        // The new period's own rules apply too.
        var tooLong = await client.PostFormAsync(id, Form.Fields(new string('長', 501)));
        PageAssert.AssertFieldError(tooLong, HttpStatusCode.UnprocessableEntity, "opinion", "500文字以内");

        // And the periods that were there before still work.
        Assert.Equal(HttpStatusCode.SeeOther, (await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields($"既存の募集 {marker}"))).Status);
    }

    /// <summary>
    /// A rebuild swaps the output folder: for a moment between its two renames there is no output folder (see
    /// Disclosure.Pipeline.WriteFiles.Swap). A submission landing then must still find the periods loaded before,
    /// as it does when the data file is broken, not answer 404 for a period that is open.
    /// </summary>
    [Fact]
    public async Task Periods_stay_open_while_a_rebuild_swaps_the_output_folder()
    {
        using var client = server.Client();
        var output = server.Site.OutputDirectory;
        var previous = output + ".previous-" + Guid.NewGuid().ToString("N");
        var marker = Form.Marker();
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync(TestSite.OpenPeriod, Form.Json($"入れ替え前 {marker}"))).Status);

        Reply during;
        Directory.Move(output, previous); // the first rename of the swap
        try
        {
            during = await client.PostJsonAsync(TestSite.OpenPeriod, Form.Json($"入れ替え中 {marker}"));
        }
        finally
        {
            Directory.Move(previous, output); // the second rename (here: the same site back)
        }

        var after = await client.PostJsonAsync(TestSite.OpenPeriod, Form.Json($"入れ替え後 {marker}"));
        Assert.Equal(HttpStatusCode.Created, after.Status);
        Assert.True(during.Status == HttpStatusCode.Created, $"during the swap: {during}");
    }
}

[Collection(SqliteServerCollection.Name)]
public sealed class PeriodReloadTestsOnSqlite(SqliteServerFixture server) : PeriodReloadTests(server);

[Collection(PostgresServerCollection.Name)]
[RequiresPostgres]
public sealed class PeriodReloadTestsOnPostgres(PostgresServerFixture server) : PeriodReloadTests(server);
