using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using Disclosure.Content;
using Disclosure.Routing;

namespace Disclosure.OpenData;

/// <summary>
/// A published data set: the same records as JSON (with their types) and, where flat enough, as CSV (UTF-8 with a
/// byte-order mark so spreadsheets read Japanese correctly). Its fields are declared once, and the schema page is
/// made from the same declaration (with each field's meaning from the theme's strings), so the documentation cannot drift from the files.
/// </summary>
public sealed class DataSet<T>(string name, string itemsName, bool hasCsv, IReadOnlyList<DataField<T>> fields) : IDataSetDescription
{
    private static readonly JsonWriterOptions JsonWriting = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = true };

    /// <summary>A record's line: the byte-order mark starts the file, before the header. A small buffer, as lines are short.</summary>
    private static readonly CsvWriterOptions CsvRecord = new()
    {
        BufferSize = 4096,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly CsvWriterOptions CsvStart = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public string Name => name;
    public bool HasCsv => hasCsv;
    public IEnumerable<(string Name, string Type)> Fields => fields.Select(f => (f.Name, f.Type));

    public string JsonPath => SiteRoutes.DataFile(name, "json");
    public string CsvPath => SiteRoutes.DataFile(name, "csv");

    /// <summary>A record's field values, worked out once for its JSON and its CSV.</summary>
    public DataRow Row(T record)
    {
        var values = new object?[fields.Count];
        for (var i = 0; i < fields.Count; i++)
        {
            values[i] = fields[i].Value(record);
        }
        return new DataRow(JsonOf(values), hasCsv ? CsvOf(values) : null);
    }

    /// <summary>
    /// Several records as one row, in order: a document's share of a data set with a record for each of its entries
    /// (an assessment's changes). The file holds them as it would hold rows of one record each.
    /// </summary>
    /// <param name="records">One or more: a row without records would leave a stray comma between its neighbours.</param>
    public DataRow Rows(IReadOnlyList<T> records)
    {
        ArgumentOutOfRangeException.ThrowIfZero(records.Count);
        var rows = records.Select(Row).ToList();
        var json = new List<byte>();
        foreach (var row in rows)
        {
            if (json.Count > 0)
            {
                json.Add((byte)',');
            }
            json.AddRange(row.Json);
        }
        return new DataRow([.. json], hasCsv ? [.. rows.SelectMany(r => r.Csv!)] : null);
    }

    /// <remarks>
    /// The rows' JSON put together, one comma between two: the same bytes as writing every record in one go (each value
    /// is still serialized by its runtime type), but a build that changed one record of ten thousand serializes only
    /// that one, and the file is one array of its exact size.
    /// </remarks>
    public byte[] ToJson(SiteConfig site, IReadOnlyList<DataRow> rows)
    {
        var frame = new ArrayBufferWriter<byte>(512);
        int opening;
        using (var json = new Utf8JsonWriter(frame, JsonWriting))
        {
            json.WriteStartObject();
            json.WriteString("site", site.BaseUrl.ToString());
            json.WriteStartObject("license");
            json.WriteString("name", site.License.Name);
            json.WriteString("url", site.License.Url.ToString());
            json.WriteEndObject();
            json.WriteStartArray(itemsName);
            json.Flush();
            opening = frame.WrittenCount;
            if (rows.Count > 0)
            {
                // A stand-in for the records, so that the closing bracket is written as after records (on a line of its own).
                json.WriteRawValue("0"u8, skipInputValidation: true);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        var closing = frame.WrittenSpan[(opening + Math.Min(rows.Count, 1))..];
        var bytes = new byte[opening + rows.Sum(r => r.Json.Length) + Math.Max(rows.Count - 1, 0) + closing.Length];
        frame.WrittenSpan[..opening].CopyTo(bytes);
        var at = opening;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0)
            {
                bytes[at++] = (byte)',';
            }
            rows[i].Json.CopyTo(bytes, at);
            at += rows[i].Json.Length;
        }
        closing.CopyTo(bytes.AsSpan(at));
        return bytes;
    }

    /// <summary>
    /// One record as it stands in the array of the whole file: written at the array's depth, so that its indentation
    /// is the same, and taken from the line break before it (the comma between items is the file's to write).
    /// </summary>
    private byte[] JsonOf(object?[] values)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var json = new Utf8JsonWriter(buffer, JsonWriting);
        json.WriteStartArray();
        json.WriteStartArray();
        json.Flush();
        var start = buffer.WrittenCount;
        json.WriteStartObject();
        for (var i = 0; i < fields.Count; i++)
        {
            json.WritePropertyName(fields[i].Name);
            WriteValue(json, values[i]);
        }
        json.WriteEndObject();
        json.Flush();
        return buffer.WrittenSpan[start..].ToArray();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case string text:
                json.WriteStringValue(text);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case DataObject data:
                json.WriteStartObject();
                foreach (var (name, field) in data.Fields)
                {
                    json.WritePropertyName(name);
                    WriteValue(json, field);
                }
                json.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(json, item);
                }
                json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"A data set has no JSON form for {value.GetType().Name}.");
        }
    }

    /// <summary>The byte-order mark, the header line and the rows' CSV lines.</summary>
    public byte[] ToCsv(IReadOnlyList<DataRow> rows)
    {
        var header = CsvLine(CsvStart, fields.Select(f => f.Name).ToArray());
        var bytes = new byte[header.Length + rows.Sum(r => r.Csv!.Length)];
        header.CopyTo(bytes, 0);
        var at = header.Length;
        foreach (var row in rows)
        {
            row.Csv!.CopyTo(bytes, at);
            at += row.Csv.Length;
        }
        return bytes;
    }

    private static byte[] CsvOf(object?[] values) => CsvLine(CsvRecord, Array.ConvertAll(values, DataValues.Flatten));

    private static byte[] CsvLine(CsvWriterOptions options, string[] fields)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, options, leaveOpen: true))
        {
            csv.WriteRecord(fields);
        }
        return buffer.ToArray();
    }
}
