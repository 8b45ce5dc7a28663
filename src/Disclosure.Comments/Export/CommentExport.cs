using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using Disclosure.Comments.Store;

namespace Disclosure.Comments.Export;

/// <summary>Writes submissions for staff, as CSV that Excel opens correctly in Japanese, or as JSON.</summary>
public static class CommentExport
{
    private static readonly CsvWriterOptions Csv = new()
    {
        // RFC 4180 quoting and CRLF are the defaults. The byte-order mark tells Excel the file is UTF-8:
        // without it Japanese text opens garbled.
        WriteByteOrderMark = true,
        // Cells that a spreadsheet would run as a formula are neutralised by CsvCell, more widely than CsvHelper does.
        Injection = CsvInjection.None,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static readonly string[] CsvHeader =
        ["受付番号", "受付日時", "対象箇所", "意見", "重複元の受付番号", "氏名", "メールアドレス", "住所", "個人情報削除済み"];

    public static async Task WriteCsvAsync(Stream output, IReadOnlyList<StoredComment> comments)
    {
        // Written to memory first: response streams allow no synchronous writes, and exports are small.
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Csv, leaveOpen: true))
        {
            csv.WriteRecord(CsvHeader);
            foreach (var c in comments)
            {
                csv.WriteRecord(new[]
                {
                    c.Receipt, StoreTime.Format(c.ReceivedAt), c.Section ?? "", c.Opinion, c.DuplicateOf ?? "",
                    c.Name ?? "", c.Email ?? "", c.Address ?? "", c.PersonalDataPurged ? "はい" : "",
                }.Select(CsvCell.Neutralised).ToArray());
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(output);
    }

    public static async Task WriteJsonAsync(Stream output, IReadOnlyList<StoredComment> comments)
    {
        var rows = comments.Select(c => new
        {
            c.Receipt,
            ReceivedAt = StoreTime.Format(c.ReceivedAt),
            c.Section,
            c.Opinion,
            c.DuplicateOf,
            c.Name,
            c.Email,
            c.Address,
            c.PersonalDataPurged,
        });
        await JsonSerializer.SerializeAsync(output, rows, Json);
    }
}
