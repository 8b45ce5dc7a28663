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
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    private static readonly CsvWriterOptions Csv = new()
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

    /// <summary>Each record's field values, worked out once for the JSON, the CSV and their inputs alike.</summary>
    public IReadOnlyList<object?[]> Values(IEnumerable<T> records) =>
        records.Select(r => fields.Select(f => f.Value(r)).ToArray()).ToList();

    /// <remarks>
    /// Written field by field rather than as dictionaries given to the serializer: the same JSON (each value is still
    /// serialized by its runtime type), made in a fraction of the time — the preview makes a data set again on every
    /// title change.
    /// </remarks>
    public string ToJson(SiteConfig site, IReadOnlyList<object?[]> values)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder, Indented = Json.WriteIndented }))
        {
            json.WriteStartObject();
            json.WriteString("site", site.BaseUrl.ToString());
            json.WriteStartObject("license");
            json.WriteString("name", site.License.Name);
            json.WriteString("url", site.License.Url.ToString());
            json.WriteEndObject();
            json.WriteStartArray(itemsName);
            foreach (var record in values)
            {
                json.WriteStartObject();
                for (var i = 0; i < fields.Count; i++)
                {
                    json.WritePropertyName(fields[i].Name);
                    WriteValue(json, record[i]);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
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
            case IEnumerable<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }
                json.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(json, value, value.GetType(), Json);
                break;
        }
    }

    public byte[] ToCsv(IReadOnlyList<object?[]> values)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, Csv, leaveOpen: true))
        {
            csv.WriteRecord(fields.Select(f => f.Name).ToArray());
            foreach (var record in values)
            {
                csv.WriteRecord(Array.ConvertAll(record, DataValues.Flatten));
            }
        }
        return buffer.ToArray();
    }

}
