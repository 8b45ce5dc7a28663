using Disclosure.Diagnostics;
using Disclosure.Markdown;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Yaml;

/// <summary>Parses YAML into a node tree that remembers line numbers, reporting syntax errors against the file.</summary>
public static class YamlDocumentLoader
{
    /// <summary>
    /// Front matter nests a few levels at most. YamlDotNet builds its node tree recursively, so text with enough
    /// structure to overflow the stack is checked on the parser's events before the tree is built; every tree is
    /// checked once built.
    /// </summary>
    public const int MaxDepth = 20;

    /// <param name="redactions">Where the file's text fields put their redaction markup; Japanese placeholders when not given.</param>
    public static YamlFields? Load(SourceFile file, string yaml, int firstLine, DiagnosticBag diagnostics, FieldRedactions? redactions = null)
    {
        redactions ??= new FieldRedactions(MarkdownWords.Japanese);
        // Nesting deep enough to overflow the stack needs thousands of brackets, dashes or colons: only text that has
        // them is walked through the parser's events (which do not recurse) before the tree is built.
        if (StructuralMarks(yaml) > MarksBeforeEventCheck && TooDeep(yaml) is { } deepLine)
        {
            diagnostics.Error(file.DisplayPath, firstLine + deepLine - 1, TooDeepMessage);
            return null;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            // Told as the mistake seen in the text; the parser's own words only for those who ask (--verbose).
            var mistake = YamlMistakes.Explain(yaml, (int)Math.Max(1, e.Start.Line), (int)Math.Max(1, e.Start.Column));
            diagnostics.Error(file.DisplayPath, firstLine + mistake.Line - 1, YamlMistakes.Prefix + mistake.Hint, mistake.Column, Describe(e));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, without a position, for some unclosed [ or { lists: find where parsing stopped.
            diagnostics.Error(file.DisplayPath, firstLine + LastParsedLine(yaml) - 1,
                YamlMistakes.Prefix + "「[」や「{」で始めた値が閉じられていない可能性があります。「]」や「}」で閉じてください。");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlFields(file, new YamlMappingNode(), firstLine, firstLine, diagnostics, redactions);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Error(file.DisplayPath, firstLine, "YAML は「項目名: 値」の形で書いてください。");
            return null;
        }
        // Also after the event check: the events count collections only, the tree its values too.
        if (TooDeep(root, 1) is { } deepNode)
        {
            diagnostics.Error(file.DisplayPath, firstLine + (int)deepNode.Start.Line - 1, TooDeepMessage);
            return null;
        }
        if (ReadOtherwise(root, key: null) is { } misread)
        {
            diagnostics.Error(file.DisplayPath, firstLine + misread.Line - 1, YamlMistakes.Prefix + misread.Hint, misread.Column);
            return null;
        }

        return new YamlFields(file, root, firstLine, firstLine, diagnostics, redactions);
    }

    private const int MarksBeforeEventCheck = 2000;

    /// <summary>
    /// A mistake that still parses, into something other than what was written: a key indented with a full-width
    /// space (the key then starts with it, and the field is missing), or a value starting with <c>&amp;</c> or
    /// <c>!</c> (an anchor or a tag, which swallows the value's first word). Content has no use for either.
    /// </summary>
    private static YamlMistake? ReadOtherwise(YamlNode node, string? key)
    {
        if (!node.Anchor.IsEmpty || !node.Tag.IsEmpty && node.Tag.Value != "?")
        {
            return new YamlMistake((int)node.Start.Line, (int)node.Start.Column, YamlMistakes.ReservedStartHint(key, node.Anchor.IsEmpty ? '!' : '&'));
        }
        if (node is YamlMappingNode indentedKeys
            && indentedKeys.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } name } && name.StartsWith('\u3000')) is { } indented)
        {
            return new YamlMistake((int)indented.Start.Line, (int)indented.Start.Column, YamlMistakes.FullWidthIndentationHint);
        }
        IEnumerable<(string? Key, YamlNode Node)> children = node switch
        {
            YamlMappingNode mapping => mapping.Children.Select(c => ((c.Key as YamlScalarNode)?.Value, c.Value)),
            YamlSequenceNode sequence => sequence.Children.Select(c => ((string?)null, c)),
            _ => [],
        };
        return children.Select(c => ReadOtherwise(c.Node, c.Key)).FirstOrDefault(m => m is not null);
    }

    private static string TooDeepMessage => $"YAML の入れ子（[ ] や {{ }}、字下げ）が深すぎます。{MaxDepth} 段までにしてください。";

    private static int StructuralMarks(string yaml)
    {
        var marks = 0;
        foreach (var c in yaml)
        {
            marks += c is '[' or '{' or '-' or ':' or '?' ? 1 : 0;
        }
        return marks;
    }

    /// <summary>The first node nested deeper than <see cref="MaxDepth"/>, in a tree already known not to be absurdly deep.</summary>
    private static YamlNode? TooDeep(YamlNode node, int depth)
    {
        if (depth > MaxDepth)
        {
            return node;
        }
        IEnumerable<YamlNode> children = node switch
        {
            YamlMappingNode mapping => mapping.Children.Values,
            YamlSequenceNode sequence => sequence.Children,
            _ => [],
        };
        foreach (var child in children)
        {
            if (TooDeep(child, depth + 1) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    /// <summary>The 1-based line where the nesting first goes deeper than <see cref="MaxDepth"/>, read from the parser's events (which do not recurse).</summary>
    private static int? TooDeep(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case YamlDotNet.Core.Events.SequenceStart or YamlDotNet.Core.Events.MappingStart when ++depth > MaxDepth:
                        return (int)parser.Current.Start.Line;
                    case YamlDotNet.Core.Events.SequenceEnd or YamlDotNet.Core.Events.MappingEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // A syntax error: loading the stream reports it with its position.
        }
        return null;
    }

    private static int LastParsedLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1L;
        try
        {
            while (parser.MoveNext())
            {
                line = parser.Current!.End.Line;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Expected: this is the error being located.
        }
        return (int)line;
    }

    private static string Describe(YamlException e)
    {
        var inner = e.InnerException?.Message ?? e.Message;
        // YamlDotNet prefixes messages with "(Line: x, Col: y, Idx: z) - (...): "; the line is already in our prefix.
        var marker = inner.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 ? inner[(marker + 3)..] : inner;
    }
}
