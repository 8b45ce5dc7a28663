using System.Globalization;
using System.Text.RegularExpressions;
using Disclosure.Diagnostics;
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

    public YamlFields(SourceFile file, YamlMappingNode node, int firstLine, int line, DiagnosticBag diagnostics)
    {
        File = file;
        _node = node;
        _firstLine = firstLine;
        Line = line;
        Diagnostics = diagnostics;
    }

    public SourceFile File { get; }

    /// <summary>The file line where this mapping starts.</summary>
    public int Line { get; }

    public DiagnosticBag Diagnostics { get; }

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

    public string? String(string key, bool required = false)
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

    public DateOnly? ParseDate(string text, int line, string key)
    {
        if (!DatePattern().IsMatch(text))
        {
            Error(line, $"「{key}」の日付「{text}」は YYYY-MM-DD の形で書いてください（例：2015-08-06）。");
            return null;
        }
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(line, $"「{key}」の日付「{text}」は存在しない日付です。");
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

    public IReadOnlyList<(string Value, int Line)> StringList(string key)
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

        var values = new List<(string, int)>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                values.Add((value.Trim(), LineOf(item)));
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
        return new YamlFields(File, mapping, _firstLine, LineOf(node), Diagnostics);
    }

    public IReadOnlyList<YamlFields> MappingList(string key)
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

        var items = new List<YamlFields>();
        foreach (var item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                items.Add(new YamlFields(File, mapping, _firstLine, LineOf(item), Diagnostics));
            }
            else
            {
                Error(LineOf(item), $"「{key}」の各項目は「項目名: 値」の組で書いてください。");
            }
        }
        return items;
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
