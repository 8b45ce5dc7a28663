using System.Net;
using System.Text;

namespace Disclosure.Comments.Tests.Support;

/// <summary>The staff CSV export over HTTP, parsed. Every call is one more row in the access log.</summary>
public static class StaffExport
{
    public static readonly string[] Header =
        ["受付番号", "受付日時", "対象箇所", "意見", "重複元の受付番号", "氏名", "メールアドレス", "住所", "個人情報削除済み"];

    public static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static Task<Reply> GetAsync(CommentClient client, string periodId, string? token = CommentServerFixture.StaffToken) =>
        client.GetAsync($"admin/periods/{Uri.EscapeDataString(periodId)}/comments.csv", bearer: token);

    /// <summary>The records after the header, by receipt.</summary>
    public static async Task<Dictionary<string, Dictionary<string, string>>> RowsAsync(CommentClient client, string periodId)
    {
        var reply = await GetAsync(client, periodId);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        var records = Parse(reply.Body);
        Assert.Equal(Header, records[0]);
        return records.Skip(1).ToDictionary(r => r[0], r => Header.Zip(r).ToDictionary(p => p.First, p => p.Second));
    }

    /// <summary>Parses CSV bytes that must start with the UTF-8 byte-order mark.</summary>
    public static List<string[]> Parse(byte[] body)
    {
        Assert.True(body.AsSpan().StartsWith(Bom), "the CSV does not start with the UTF-8 byte-order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body, Bom.Length, body.Length - Bom.Length);
        Assert.EndsWith("\r\n", text);
        var records = Csv.Parse(text);
        Assert.All(records, r => Assert.Equal(Header.Length, r.Length));
        return records;
    }
}
