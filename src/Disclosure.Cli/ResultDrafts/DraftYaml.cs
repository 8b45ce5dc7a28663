using System.Globalization;
using System.Text;
using Disclosure.Comments.ResultDrafts;

namespace Disclosure.Cli.ResultDrafts;

/// <summary>
/// The YAML text of a drafted result, written by hand rather than by a serializer so that it reads as staff would
/// write it: opinions as literal blocks (<c>|-</c>), short values double-quoted, which no text can break.
/// </summary>
public static class DraftYaml
{
    public static string Result(ResultDraft draft)
    {
        var yaml = new StringBuilder();
        yaml.Append("result:\n");
        yaml.Append("  count: ").Append(Number(draft.Count)).Append('\n');
        yaml.Append("  duplicates: ").Append(Number(draft.Duplicates)).Append('\n');
        if (draft.Opinions.Count == 0)
        {
            yaml.Append("  responses: []\n");
            return yaml.ToString();
        }
        yaml.Append("  responses:\n");
        foreach (var opinion in draft.Opinions)
        {
            yaml.Append(Entry(opinion, 4));
        }
        return yaml.ToString();
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <param name="indent">The column of the entry's dash.</param>
    public static string Entry(DraftOpinion opinion, int indent)
    {
        var dash = new string(' ', indent);
        var inner = new string(' ', indent + 2);
        var entry = new StringBuilder();
        entry.Append(dash).Append("- opinion:").Append(Text(opinion.Opinion, indent + 4)).Append('\n');
        if (opinion.Section is { } section)
        {
            entry.Append(inner).Append("section: ").Append(Quoted(section)).Append('\n');
        }
        entry.Append(inner).Append("submitted: ").Append(Number(opinion.Submitted)).Append('\n');
        entry.Append(inner).Append("response: \"\"\n");
        return entry.ToString();
    }

    /// <summary>
    /// A literal block keeps the text as typed, whatever marks it holds (<c>:</c>, <c>#</c>, quotes, a leading
    /// <c>-</c>); a text a literal block cannot hold — line breaks other than <c>\n</c>, characters YAML will not
    /// take raw — is double-quoted with escapes instead.
    /// </summary>
    private static string Text(string text, int indent)
    {
        if (!FitsLiteralBlock(text))
        {
            return " " + Quoted(text);
        }
        var block = new StringBuilder(" |-");
        foreach (var line in text.Split('\n'))
        {
            block.Append('\n');
            if (line.Length > 0)
            {
                block.Append(' ', indent).Append(line);
            }
        }
        return block.ToString();
    }

    private static bool FitsLiteralBlock(string text) =>
        text.Length > 0 && text[0] is not (' ' or '\t' or '\n') && !text.Any(c => c is '\r' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' || NeedsEscape(c));

    public static string Quoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    quoted.Append("\\\"");
                    break;
                case '\\':
                    quoted.Append("\\\\");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                default:
                    if (NeedsEscape(c) || c is '\r' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF')
                    {
                        quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        quoted.Append(c);
                    }
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    private static bool NeedsEscape(char c) => c is not ('\n' or '\t') && char.IsControl(c);
}
