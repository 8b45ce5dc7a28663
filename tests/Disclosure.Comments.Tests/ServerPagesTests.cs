using System.Net;
using Disclosure.Comments.Tests.Support;
using Disclosure.Testing;
using Disclosure.Time;

namespace Disclosure.Comments.Tests;

/// <summary>
/// The server's own pages are not the pages they were made from: each has its own title, canonical address and
/// <c>og:</c> data, and a print header naming it; dates are in the site's style (和暦); a site with
/// <c>language: en</c> gets English pages.
/// </summary>
[Collection(SqliteServerCollection.Name)]
public sealed class ServerPagesTests(SqliteServerFixture server)
{
    [Fact]
    public async Task A_receipt_page_has_its_own_title_address_and_og_data_and_the_site_date_style()
    {
        using var client = server.Client();
        var receipt = await client.SubmitAsync(TestSite.OpenPeriod, $"ページの題名 {Form.Marker()}");
        var path = $"periods/{TestSite.OpenPeriod}/receipts/{receipt}";

        var page = await client.GetAsync(path);

        var document = page.Document;
        var address = new Uri(server.Server.Address, path).ToString();
        Assert.StartsWith($"意見を受け付けました（受付番号：{receipt}）", document.Title);
        Assert.Equal(address, document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(address, document.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Contains(receipt, document.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains(address, document.QuerySelector(".print-header")!.TextContent);
        Assert.DoesNotContain("404", document.Head!.OuterHtml);
        Assert.DoesNotContain("ページが見つかりません", document.DocumentElement.OuterHtml);
        var closes = TokyoTime.DateOf(DateTimeOffset.UtcNow).AddDays(30);
        Assert.Contains(JapaneseDate.Format(closes), page.MainText);
    }

    [Fact]
    public async Task A_message_page_is_not_the_404_page_it_borrows_its_layout_from()
    {
        using var client = server.Client();

        var page = await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/PC7-4KQ2-9XMD");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.StartsWith("エラー：受付番号が見つかりません", page.Document.Title);
        Assert.DoesNotContain("404.html", page.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("受付番号が見つかりません", page.Document.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
    }
}

/// <summary>A site with <c>language: en</c>: the server's pages speak English, with English dates.</summary>
[Collection(SeparateServersCollection.Name)]
public sealed class EnglishServerPagesTests : IAsyncLifetime
{
    private TestSite _site = null!;
    private CommentServerProcess _server = null!;
    private string _origin = "";
    private string _store = "";

    public async Task InitializeAsync()
    {
        var port = CommentServerProcess.FreePort();
        _origin = $"http://127.0.0.1:{CommentServerProcess.FreePort()}";
        _site = await TestSite.CreateAsync($"{_origin}/pia/", $"http://127.0.0.1:{port}", language: "en");
        _store = Path.Combine(_site.Root, "comments.db");
        _server = await CommentServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["Comments__StorePath"] = _store,
            ["Comments__SitePath"] = _site.OutputDirectory,
        }, port);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _site.Dispose();
    }

    [Fact]
    public async Task Receipt_validation_and_closed_pages_are_in_english()
    {
        using var client = new CommentClient(_server.Client(), _origin);
        var receipt = await client.SubmitAsync(TestSite.OpenPeriod, $"An opinion {Form.Marker()}");

        var receiptPage = await client.GetAsync($"periods/{TestSite.OpenPeriod}/receipts/{receipt}");
        var invalid = await client.PostFormAsync(TestSite.OpenPeriod, Form.Fields("", ("name", "Sato")));
        var closed = await client.PostFormAsync(TestSite.ClosedPeriod, Form.Fields("Too late"));

        Assert.StartsWith($"Comment received (reference {receipt})", receiptPage.Document.Title);
        Assert.Contains("What happens next", receiptPage.MainText);
        Assert.Equal("en", receiptPage.Document.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Error: There is a problem with what you entered", invalid.Document.Title);
        Assert.Contains("Enter your comment.", invalid.MainText);
        Assert.Equal(HttpStatusCode.Forbidden, closed.Status);
        Assert.Contains("This consultation has closed", closed.Document.Title);
        var closes = TokyoTime.DateOf(DateTimeOffset.UtcNow).AddDays(-2);
        Assert.Contains(closes.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), closed.MainText);
        foreach (var page in new[] { receiptPage, invalid, closed })
        {
            Assert.False(JapaneseInterfaceText(page), $"Japanese interface text on an English page: {page.MainText}");
        }
    }

    /// <summary>Japanese outside the content (the test site's titles and sections are Japanese).</summary>
    private static bool JapaneseInterfaceText(Reply page) =>
        new[] { "受付", "エラー", "入力", "募集期間", "ありがとう" }.Any(word => page.MainText.Contains(word, StringComparison.Ordinal));
}
