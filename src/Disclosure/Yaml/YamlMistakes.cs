using System.Text.RegularExpressions;

namespace Disclosure.Yaml;

/// <summary>
/// Tells a YAML syntax error as the mistake staff most likely made, found in the raw lines around where the parser
/// stopped. The parser's own words describe its state ("did not find expected key") in English, and for a tab or an
/// unknown alias it even names the wrong line; the mistakes clerks make are few and can be seen in the text: a tab or
/// a full-width space in the indentation, a full-width colon, a quote left open, a value starting with a character
/// YAML reserves, a list item without its <c>- </c>, a line indented out of step.
/// </summary>
public static partial class YamlMistakes
{
    public const string Prefix = "YAML の書き方に誤りがあります。";

    /// <summary>The characters that cannot start a plain value: each makes the parser read something else, or fail.</summary>
    private const string Indicators = "@`*&!%";

    /// <summary>Explains the error the parser reported at <paramref name="markLine"/>, <paramref name="markColumn"/> (1-based, in the YAML).</summary>
    public static YamlMistake Explain(string yaml, int markLine, int markColumn)
    {
        var lines = Lines(yaml);
        var at = Math.Clamp(markLine, 1, lines.Count) - 1;
        // The parser stops on the line after a mistake as often as on it: a full-width colon turns a key into text
        // that runs on into the next line.
        var near = new[] { lines[at] }.Concat(lines.Take(at).Reverse().Where(l => !l.IsBlank && !l.InBlockScalar).Take(1)).ToList();
        return InIndentation(lines, '\t', "字下げにタブが使われています。字下げは半角スペースで書いてください。")
            ?? InIndentation(lines, '\u3000', FullWidthIndentationHint)
            ?? near.Select(UnclosedQuote).FirstOrDefault(m => m is not null)
            ?? near.Select(FullWidthSeparator).FirstOrDefault(m => m is not null)
            ?? lines.Select(l => ReservedStart(l, Indicators)).FirstOrDefault(m => m is not null)
            ?? near.Select(l => ReservedStart(l, ":")).FirstOrDefault(m => m is not null)
            ?? MissingDash(lines, at)
            ?? ColonInValue(lines[at], markColumn)
            ?? WrongIndentation(lines[at])
            ?? new YamlMistake(markLine, markColumn,
                "この行か、その前の行の書き方を確認してください（字下げ、「:」の後ろの半角スペース、引用符「\"」の閉じ忘れなど）。");
    }

    /// <summary>A value that parsed, but not as written: an anchor (<c>&amp;</c>) or a tag (<c>!</c>) took its first word.</summary>
    public static string ReservedStartHint(string? key, char indicator) => key is null
        ? $"リストの項目が「{indicator}」で始まっています。「@」「*」「&」「!」「:」などで始まる値は、- \"{indicator}…\" のように値全体を「\"」で囲んでください。"
        : $"「{key}」の値が「{indicator}」で始まっています。「@」「*」「&」「!」「:」などで始まる値は、{key}: \"{indicator}…\" のように値全体を「\"」で囲んでください。";

    public const string FullWidthIndentationHint = "字下げに全角の空白が使われています。字下げは半角スペースで書いてください。";

    private static YamlMistake? InIndentation(IReadOnlyList<RawLine> lines, char wrong, string hint)
    {
        foreach (var line in lines.Where(l => !l.InBlockScalar && !l.IsBlank))
        {
            var index = line.Indentation.IndexOf(wrong);
            if (index >= 0)
            {
                return new YamlMistake(line.Number, index + 1, hint);
            }
        }
        return null;
    }

    private static YamlMistake? UnclosedQuote(RawLine line)
    {
        if (ValueStart().Match(line.Text) is not { Success: true } match || match.Groups["value"].Value is not ("\"" or "'"))
        {
            return null;
        }
        var quote = match.Groups["value"].Value[0];
        var start = match.Groups["value"].Index;
        return IsClosed(line.Text, start, quote)
            ? null
            : new YamlMistake(line.Number, start + 1, $"「{quote}」で始まる値が、この行で閉じられていません。値の終わりにも「{quote}」を書いてください。");
    }

    /// <summary>Whether the quoted value opened at <paramref name="start"/> ends on its line (<c>\"</c> and <c>''</c> do not end it).</summary>
    private static bool IsClosed(string text, int start, char quote)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }
                return true;
            }
        }
        return false;
    }

    private static YamlMistake? FullWidthSeparator(RawLine line)
    {
        if (line.InBlockScalar || KeySeparator().Match(line.Text) is not { Success: true } match)
        {
            return null;
        }
        var key = match.Groups["key"].Value;
        var separator = match.Groups["separator"];
        return separator.Value switch
        {
            "：" => new YamlMistake(line.Number, separator.Index + 1, $"「{key}：」の「：」が全角です。項目名の後ろは半角の「:」と半角スペースで書いてください（{key}: 値）。"),
            ":\u3000" => new YamlMistake(line.Number, separator.Index + 2, $"「{key}:」の後ろの空白が全角です。「:」の後ろは半角スペースにしてください（{key}: 値）。"),
            _ => null,
        };
    }

    private static YamlMistake? ReservedStart(RawLine line, string indicators)
    {
        if (line.InBlockScalar || ValueStart().Match(line.Text) is not { Success: true } match
            || !match.Groups["lead"].Success || match.Groups["value"].Value is not [var first] || !indicators.Contains(first))
        {
            return null;
        }
        // A colon starts a plain value well enough when a character follows it (":abc"); ": x" is a second separator.
        var next = match.Groups["value"].Index + 1;
        if (first == ':' && next < line.Text.Length && line.Text[next] is not (' ' or '\t'))
        {
            return null;
        }
        var key = match.Groups["key"].Success ? match.Groups["key"].Value.Trim() : null;
        return new YamlMistake(line.Number, match.Groups["value"].Index + 1, ReservedStartHint(key, first));
    }

    /// <summary>A line that goes on a list (the line above at its indentation is <c>- item</c>) but does not start with <c>- </c>.</summary>
    private static YamlMistake? MissingDash(IReadOnlyList<RawLine> lines, int at)
    {
        var line = lines[at];
        if (line.IsBlank || line.InBlockScalar || line.IsListItem)
        {
            return null;
        }
        var above = lines.Take(at).Reverse().Where(l => !l.IsBlank && !l.InBlockScalar).FirstOrDefault(l => l.Spaces <= line.Spaces);
        // Under "- title: x", a key at the dash's indentation belongs to the item and is only indented too little.
        if (above is null || above.Spaces != line.Spaces || !above.IsListItem || KeySeparator().IsMatch(above.Text) && KeySeparator().IsMatch(line.Text))
        {
            return null;
        }
        return new YamlMistake(line.Number, line.Spaces + 1, "リストの項目は、前の項目と同じように「- 」（半角のハイフンと半角スペース）で始めてください。");
    }

    /// <summary>A second <c>: </c> in a value, where the parser stopped: it reads as a key of its own.</summary>
    private static YamlMistake? ColonInValue(RawLine line, int markColumn)
    {
        var colon = markColumn - 1;
        if (colon <= 0 || colon >= line.Text.Length || line.Text[colon] != ':' || !line.Text[..colon].Contains(": ", StringComparison.Ordinal))
        {
            return null;
        }
        var key = KeySeparator().Match(line.Text) is { Success: true } field ? field.Groups["key"].Value : "title";
        return new YamlMistake(line.Number, markColumn,
            $"値の中に「: 」（コロンと半角スペース）があります。値に「: 」を含めるときは、値全体を「\"」で囲んでください（例: {key}: \"第1章: 概要\"）。");
    }

    private static YamlMistake? WrongIndentation(RawLine line) =>
        line.InBlockScalar || line.IsBlank || !(KeySeparator().IsMatch(line.Text) || line.IsListItem)
            ? null
            : new YamlMistake(line.Number, line.Spaces + 1,
                "字下げ（行頭の半角スペースの数）がそろっていません。同じ階層の項目は、前の項目と同じ数の半角スペースで字下げしてください。");

    private static List<RawLine> Lines(string yaml)
    {
        var lines = new List<RawLine>();
        int? blockParent = null;
        foreach (var (text, index) in yaml.Split('\n').Select((l, i) => (l.TrimEnd('\r'), i)))
        {
            var spaces = text.Length - text.TrimStart(' ').Length;
            var inBlock = blockParent is { } parent && (string.IsNullOrWhiteSpace(text) || spaces > parent);
            if (!inBlock)
            {
                blockParent = BlockScalarStart().IsMatch(text) ? spaces : null;
            }
            lines.Add(new RawLine(index + 1, text, spaces, inBlock));
        }
        return lines;
    }

    /// <summary>One line of the YAML as written.</summary>
    /// <param name="Spaces">How many half-width spaces it starts with.</param>
    /// <param name="InBlockScalar">Whether it is text of a <c>|</c> or <c>&gt;</c> block, where anything may be written.</param>
    private sealed record RawLine(int Number, string Text, int Spaces, bool InBlockScalar)
    {
        public string Indentation => Text[..(Text.Length - Text.TrimStart(' ', '\t', '\u3000').Length)];

        public bool IsBlank => Text.Length == Indentation.Length || Text[Indentation.Length] == '#';

        public bool IsListItem => ListItem().IsMatch(Text);
    }

    /// <summary>A line ending in <c>key: |</c> or <c>- &gt;</c> (with its modifiers): the lines indented under it are text.</summary>
    [GeneratedRegex(@"(?:^|[:-])[ \t]+[|>][-+1-9]{0,2}[ \t]*(?:#.*)?$")]
    private static partial Regex BlockScalarStart();

    [GeneratedRegex(@"^[ ]*-(?:[ \t]|$)")]
    private static partial Regex ListItem();

    /// <summary>A field name (every field is named in ASCII) and what follows it: a colon, a full-width colon, or a colon and a full-width space.</summary>
    [GeneratedRegex(@"^[ ]*(?:-[ ]+)?(?<key>[A-Za-z_][A-Za-z0-9_-]*)[ ]*(?<separator>：|:\u3000|:(?=[ \t]|$))")]
    private static partial Regex KeySeparator();

    /// <summary>The first character of a line's value: after <c>key: </c>, after <c>- </c>, or (with no lead) the line's own start.</summary>
    [GeneratedRegex(@"^[ ]*(?<lead>(?:-[ ]+)+(?:(?<key>[^\s#'""][^:#]*?):[ ]+)?|(?<key>[^\s#'""\-][^:#]*?):[ ]+)?(?<value>\S)")]
    private static partial Regex ValueStart();
}
