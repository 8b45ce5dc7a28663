using System.Text;

namespace Disclosure.Comments.Tests.Support;

/// <summary>A strict RFC 4180 reader, written here so the export is checked against the RFC and not against CsvHelper itself.</summary>
public static class Csv
{
    /// <summary>Parses CRLF-separated records; quoted fields may hold commas, doubled quotes, CR and LF.</summary>
    /// <exception cref="FormatException">The text is not RFC 4180.</exception>
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("unterminated quoted field");
                    }
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException($"text after a closing quote at {i}");
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    if (text[i] is '"' or '\n')
                    {
                        throw new FormatException($"bare {(text[i] == '"' ? "quote" : "LF")} in an unquoted field at {i}");
                    }
                    field.Append(text[i++]);
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                records.Add([.. record]);
                record.Clear();
                break;
            }
            if (text[i] == ',')
            {
                i++;
                if (i >= text.Length)
                {
                    record.Add("");
                    records.Add([.. record]);
                    record.Clear();
                }
                continue;
            }
            // CR: must be CRLF, the end of a record.
            if (i + 1 >= text.Length || text[i + 1] != '\n')
            {
                throw new FormatException($"CR without LF at {i}");
            }
            i += 2;
            records.Add([.. record]);
            record.Clear();
        }
        return records;
    }
}
