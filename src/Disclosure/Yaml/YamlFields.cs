using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Diagnostics;
using Disclosure.Markdown.Extensions.Redaction;
using Disclosure.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Yaml;

/// <summary>
/// Typed, line-aware access to one YAML mapping. Every problem becomes a diagnostic naming the file and line;
/// readers return null (or a default) so that validation goes on and reports every problem in one run.
/// </summary>
public sealed partial class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly int _firstLine;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly FieldRedactions _redactions;

    public YamlFields(SourceFile file, YamlMappingNode node, int firstLine, int line, DiagnosticBag diagnostics, FieldRedactions redactions)
    {
        File = file;
        _node = node;
        _firstLine = firstLine;
        Line = line;
        Diagnostics = diagnostics;
        _redactions = redactions;
    }

    public SourceFile File { get; }

    /// <summary>The file line where this mapping starts.</summary>
    public int Line { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The passages withheld by redaction markup in this file's text fields, for the leak check.</summary>
    public IReadOnlyList<Markdown.RedactedPassage> Withheld => _redactions.Withheld;

    public int LineOf(YamlNode node) => _firstLine + (int)node.Start.Line - 1;

    /// <summary>The line of a key, where staff look for the field; the mapping's own line when the key is absent.</summary>
    public int LineOf(string key) => KeyNode(key) is { } node ? LineOf(node) : Line;

    /// <summary>The line a text value's first character is on: the line after the key for a <c>|</c> or <c>&gt;</c> block.</summary>
    public int TextLineOf(string key) => Find(key) switch
    {
        YamlScalarNode { Style: ScalarStyle.Literal or ScalarStyle.Folded } block => LineOf(block) + 1,
        { } node => LineOf(node),
        null => Line,
    };

    public IReadOnlyDictionary<string, int> KeyLines() =>
        _node.Children.Keys.OfType<YamlScalarNode>().Where(k => k.Value is not null)
            .ToDictionary(k => k.Value!, k => LineOf(k), StringComparer.Ordinal);

    public bool Has(string key) => Find(key) is not null;

    public void Error(int line, string message) => Diagnostics.Error(File.DisplayPath, line, message);

    public void Warning(int line, string message) => Diagnostics.Warning(File.DisplayPath, line, message);

    /// <summary>
    /// A value that is published as it stands or used as an id, date, URL or file name: redaction markup cannot
    /// take effect in it, so markup here is an error (and the value is not repeated in the message).
    /// </summary>
    public string? String(string key, bool required = false)
    {
        var value = Scalar(key, required);
        if (value is not null && RedactionSyntax.Mentions(value))
        {
            Error(LineOf(key), $"「{key}」には非公開の印（{{{{redact …}}}}）を使えません。この項目は ID・日付・URL などとして使われるため、非公開にする語句を書かないでください。");
            return null;
        }
        return value;
    }

    /// <summary>
    /// Text shown to readers (a title, a place, a note): redaction markup is applied — the placeholder shown, the
    /// words kept only for the leak check — or, written so it cannot be read, is an error.
    /// </summary>
    public string? Text(string key, bool required = false)
    {
        var value = Scalar(key, required);
        return value is null ? null : Apply(value, TextLineOf(key), key);
    }

    /// <summary>Text written in Markdown (<c>how_to_submit</c>): taken as it is; the Markdown renderer applies its markup.</summary>
    public string? Markdown(string key, bool required = false) => Scalar(key, required);

    /// <summary>A list of texts shown to readers, each applied as <see cref="Text"/> is.</summary>
    public IReadOnlyList<string> TextList(string key) =>
        Items(key).Select(item => Apply(item.Value, item.Line, key)).ToList();

    private string Apply(string value, int line, string key)
    {
        if (!RedactionSyntax.Mentions(value))
        {
            return value;
        }
        var withheld = new List<string>();
        if (RedactionSyntax.ApplyInline(value, _redactions.Words, withheld) is not { } shown)
        {
            Error(line, $"「{key}」の非公開の印の書き方が正しくないため働きません。{{{{redact 理由|語句}}}} の形（半角の波かっこ、理由と語句を「|」で区切り、「}}}}」で閉じる）で書いてください。");
            // Shown in its place until fixed, so the document still builds and this stays the one error.
            return _redactions.Words.Redacted;
        }
        foreach (var words in withheld)
        {
            _redactions.Add(words, line);
        }
        return shown;
    }

    private string? Scalar(string key, bool required)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            if (required)
            {
                Error(Line, $"必須の項目「{key}」がありません。");
            }
            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(LineOf(node), $"「{key}」には文字列を書いてください。");
            return null;
        }

        var value = scalar.Value?.Trim() ?? "";
        if (!IsFreeOfControlCharacters(value, LineOf(node), key))
        {
            return null;
        }
        if (value.Length == 0 && required)
        {
            Error(LineOf(node), $"「{key}」が空です。");
            return null;
        }
        return value;
    }

    public DateOnly? Date(string key, bool required = false)
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }
        return ParseDate(text, LineOf(key), key);
    }

    /// <summary>
    /// The dates content may hold: wide enough for any real document, narrow enough that a day after the last
    /// (a calendar event's end) and 和暦 can always be written — 9999-12-31 would overflow both.
    /// </summary>
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public static readonly DateOnly LatestDate = new(2999, 12, 31);

    public DateOnly? ParseDate(string text, int line, string key)
    {
        if (!DatePattern().IsMatch(text))
        {
            Error(line, Time.WrittenDate.AsIso(text) is { } iso
                ? $"「{key}」の日付「{text}」は {iso} のように、西暦の YYYY-MM-DD の形（半角の数字とハイフン）で書いてください。"
                : $"「{key}」の日付「{text}」は YYYY-MM-DD の形で書いてください（例：2015-08-06）。");
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(line, $"「{key}」の日付「{text}」は存在しない日付です。");
            return null;
        }
        if (date < EarliestDate || date > LatestDate)
        {
            Error(line, $"「{key}」の日付「{text}」は {EarliestDate.Year} 年から {LatestDate.Year} 年までの日付にしてください。");
            return null;
        }
        return date;
    }

    public int? Int(string key, int min = 0)
    {
        var text = String(key);
        if (text is null)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            Error(LineOf(key), $"「{key}」には {min} 以上の整数を書いてください（「{text}」は使えません）。");
            return null;
        }
        return value;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        return text switch
        {
            null => null,
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => ReportBadBool(key, text),
        };
    }

    private bool? ReportBadBool(string key, string text)
    {
        Error(LineOf(key), $"「{key}」には true か false を書いてください（「{text}」は使えません）。");
        return null;
    }

    /// <summary>Reads a value that must be one of a fixed set of words, naming the allowed words when it is not.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> allowed, bool required = false) where T : struct
    {
        var text = String(key, required);
        if (text is null)
        {
            return null;
        }
        if (allowed.TryGetValue(text, out var value))
        {
            return value;
        }
        Error(LineOf(key), $"「{key}」の値「{text}」は使えません。{string.Join(", ", allowed.Keys)} のいずれかを書いてください。");
        return null;
    }

    /// <summary>A list of values used as they stand (tags, field names): redaction markup in them is an error, as in <see cref="String"/>.</summary>
    public IReadOnlyList<(string Value, int Line)> StringList(string key)
    {
        var values = new List<(string, int)>();
        foreach (var (value, line) in Items(key))
        {
            if (RedactionSyntax.Mentions(value))
            {
                Error(line, $"「{key}」には非公開の印（{{{{redact …}}}}）を使えません。");
            }
            else
            {
                values.Add((value, line));
            }
        }
        return values;
    }

    /// <summary>
    /// A <see cref="StringList"/> that may also be written as one string, taken as a list of that one value: staff
    /// write <c>tags: 住民基本台帳</c> as often as the list.
    /// </summary>
    public IReadOnlyList<(string Value, int Line)> StringOrStringList(string key)
    {
        if (Find(key) is YamlScalarNode scalar && !IsNull(scalar))
        {
            return String(key) is { Length: > 0 } value ? [(value, LineOf(scalar))] : [];
        }
        return StringList(key);
    }

    private List<(string Value, int Line)> Items(string key)
    {
        var values = new List<(string, int)>();
        foreach (var item in Sequence(key))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                if (IsFreeOfControlCharacters(value, LineOf(item), key))
                {
                    values.Add((value.Trim(), LineOf(item)));
                }
            }
            else
            {
                Error(LineOf(item), $"「{key}」の各項目には文字列を書いてください。");
            }
        }
        return values;
    }

    public YamlFields? Mapping(string key)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            return null;
        }
        if (node is not YamlMappingNode mapping)
        {
            Error(LineOf(node), $"「{key}」の下には「項目名: 値」の形で書いてください。");
            return null;
        }
        return new YamlFields(File, mapping, _firstLine, LineOf(node), Diagnostics, _redactions);
    }

    public IReadOnlyList<YamlFields> MappingList(string key)
    {
        var items = new List<YamlFields>();
        foreach (var item in Sequence(key))
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(new YamlFields(File, mapping, _firstLine, LineOf(item), Diagnostics, _redactions));
            }
            else
            {
                Error(LineOf(item), $"「{key}」の各項目は「項目名: 値」の組で書いてください。");
            }
        }
        return items;
    }

    /// <summary>The items of a list; none when the key is absent or empty, or (reported) when it is not a list.</summary>
    private IEnumerable<YamlNode> Sequence(string key)
    {
        var node = Find(key);
        if (node is null || IsNull(node))
        {
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Error(LineOf(node), $"「{key}」は「- 」で始まる行の並び（リスト）で書いてください。");
            return [];
        }
        return sequence;
    }

    /// <summary>Warns about keys nobody read: almost always a typo that would otherwise be silently ignored.</summary>
    public void WarnUnknownKeys()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!_read.Contains(key))
            {
                Diagnostics.Warning(File.DisplayPath, LineOf(keyNode), $"項目「{key}」は使われていません（綴りを確認してください）。");
            }
        }
    }

    /// <summary>A value may hold a control character that the file does not: YAML writes one as <c>"\0"</c>.</summary>
    private bool IsFreeOfControlCharacters(string value, int line, string key)
    {
        var index = ControlCharacters.IndexIn(value);
        if (index >= 0)
        {
            Error(line, $"「{key}」の値に{ControlCharacters.Describe(value[index])}が入っています（\\0 や \\x などのエスケープ）。使えないため削除してください。");
        }
        return index < 0;
    }

    private YamlNode? KeyNode(string key) =>
        _node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } value } && value == key);

    private YamlNode? Find(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) } scalar
        && (scalar.Value is null or "" or "~" or "null");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DatePattern();
}
