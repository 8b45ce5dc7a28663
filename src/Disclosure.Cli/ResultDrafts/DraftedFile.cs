using System.Text;
using Disclosure.Comments.ResultDrafts;
using Disclosure.Comments.Store;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Disclosure.Cli.ResultDrafts;

/// <summary>
/// Writes a drafted result into a comment period's file as text, at the places YAML's own parser points to, so that
/// everything else — comments, order, quoting, the Markdown body — stays byte for byte as staff wrote it.
/// </summary>
public static class DraftedFile
{
    private const string Fence = "---";

    /// <param name="merge">Whether opinions may be added to a result that already lists some.</param>
    public static DraftOutcome Apply(string text, bool isMarkdown, ResultDraft draft, bool merge)
    {
        if (YamlRange(text, isMarkdown) is not { } range)
        {
            return DraftOutcome.Refused("先頭に「---」で囲んだ項目（フロントマター）が見つかりません。");
        }
        var yaml = text[range.Start..range.End];
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping ? mapping : new YamlMappingNode();
        }
        catch (YamlException)
        {
            return DraftOutcome.Refused("ファイルの YAML が読めません。先に disclosure check で直してください。");
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("result"), out var existing))
        {
            var block = DraftYaml.Result(draft);
            var separator = range.End > 0 && text[range.End - 1] != '\n' ? "\n" : "";
            return DraftOutcome.Written(text.Insert(range.End, separator + block), draft.Opinions, 0);
        }
        if (existing is not YamlMappingNode result)
        {
            return DraftOutcome.Refused("「result」が「項目名: 値」の形になっていません。");
        }
        return Merge(text, range.Start, result, draft, merge);
    }

    private static DraftOutcome Merge(string text, int offset, YamlMappingNode result, ResultDraft draft, bool merge)
    {
        var responses = result.Children.TryGetValue(new YamlScalarNode("responses"), out var node) ? node : null;
        var listed = responses is YamlSequenceNode sequence ? sequence.Children : [];
        if (listed.Count > 0 && !merge)
        {
            return DraftOutcome.Refused(
                $"このファイルの結果には既に意見が {listed.Count} 件書かれているため、上書きしません。まだ書かれていない意見だけを加えるには --merge を付けてください。");
        }
        if (responses is not null and not YamlSequenceNode and not YamlScalarNode { Value: null or "" }
            || responses is YamlSequenceNode { Style: SequenceStyle.Flow } && listed.Count > 0)
        {
            return DraftOutcome.Refused("「responses」が「- opinion: …」を並べた形になっていないため、書き足せません。");
        }
        var known = listed.OfType<YamlMappingNode>()
            .Select(item => item.Children.TryGetValue(new YamlScalarNode("opinion"), out var o) ? (o as YamlScalarNode)?.Value : null)
            .OfType<string>()
            .Select(OpinionText.Fingerprint)
            .ToHashSet(StringComparer.Ordinal);
        var added = draft.Opinions
            .Where(o => !known.Contains(OpinionText.Fingerprint(o.Opinion)) && !known.Contains(OpinionText.Fingerprint(o.Original)))
            .ToList();

        var edits = new List<(int At, int Length, string Text)>();
        var keyIndent = (int)result.Children.Keys.First().Start.Column - 1;
        // Missing counts go right after the count (or first in the result), so they read in the order a draft has them.
        var countsAt = result.Children.TryGetValue(new YamlScalarNode("count"), out var count) && count is YamlScalarNode { Value: not (null or "") }
            ? AfterLine(text, offset + (int)count.End.Index)
            : LineStart(text, offset + (int)result.Children.Keys.First().Start.Index);
        var missing = new StringBuilder();
        foreach (var (key, value) in new[] { ("count", draft.Count), ("duplicates", draft.Duplicates) })
        {
            if (result.Children.TryGetValue(new YamlScalarNode(key), out var scalar) && scalar is YamlScalarNode { Value: not (null or "") })
            {
                edits.Add((offset + (int)scalar.Start.Index, (int)(scalar.End.Index - scalar.Start.Index), DraftYaml.Number(value)));
            }
            else if (scalar is null)
            {
                missing.Append(' ', keyIndent).Append(key).Append(": ").Append(DraftYaml.Number(value)).Append('\n');
            }
            else
            {
                return DraftOutcome.Refused($"「result」の「{key}」が空です。数を書くか、行を消してからやり直してください。");
            }
        }

        var entries = new StringBuilder();
        if (listed.Count > 0)
        {
            var dashIndent = (int)listed[0].Start.Column - 3;
            foreach (var opinion in added)
            {
                entries.Append(DraftYaml.Entry(opinion, dashIndent));
            }
            edits.Add((AfterLine(text, offset + LastEnd(responses!)), 0, entries.ToString()));
        }
        else
        {
            foreach (var opinion in added)
            {
                entries.Append(DraftYaml.Entry(opinion, keyIndent + 2));
            }
            if (responses is null)
            {
                missing.Append(' ', keyIndent).Append(added.Count > 0 ? "responses:\n" : "responses: []\n").Append(entries);
            }
            else if (added.Count > 0)
            {
                var key = result.Children.Keys.First(k => k is YamlScalarNode { Value: "responses" });
                if (responses is YamlSequenceNode)
                {
                    // 「responses: []」: the brackets go, the entries follow on the lines below. The node's end is
                    // the opening bracket's, so the closing one is looked for in the text.
                    var open = offset + (int)responses.Start.Index;
                    edits.Add((open, text.IndexOf(']', open) + 1 - open, ""));
                }
                edits.Add((AfterLine(text, offset + (int)key.End.Index), 0, entries.ToString()));
            }
        }
        if (missing.Length > 0)
        {
            edits.Add((countsAt, 0, missing.ToString()));
        }

        var edited = new StringBuilder(text);
        foreach (var (at, length, replacement) in edits.OrderByDescending(e => e.At))
        {
            edited.Remove(at, length).Insert(at, replacement);
        }
        return DraftOutcome.Written(edited.ToString(), added, listed.Count);
    }

    /// <summary>Where the YAML is: the whole of a .yml file, the lines between the fences of a .md file.</summary>
    private static (int Start, int End)? YamlRange(string text, bool isMarkdown)
    {
        if (!isMarkdown)
        {
            return (0, text.Length);
        }
        var firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0 || text[..firstLineEnd].TrimEnd() != Fence)
        {
            return null;
        }
        for (var lineStart = firstLineEnd + 1; lineStart < text.Length;)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var line = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (line.TrimEnd() is Fence or "...")
            {
                return (firstLineEnd + 1, lineStart);
            }
            if (lineEnd < 0)
            {
                break;
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    /// <summary>The end of the last value in a node, where the scalars tell it reliably (a block collection's end is the next token).</summary>
    private static int LastEnd(YamlNode node) => node switch
    {
        YamlScalarNode scalar => (int)scalar.End.Index,
        YamlSequenceNode sequence => sequence.Children.Select(LastEnd).DefaultIfEmpty((int)sequence.End.Index).Max(),
        YamlMappingNode mapping => mapping.Children.SelectMany(p => new[] { LastEnd(p.Key), LastEnd(p.Value) }).DefaultIfEmpty((int)mapping.End.Index).Max(),
        _ => (int)node.End.Index,
    };

    private static int LineStart(string text, int index) => index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    /// <summary>The start of the line after the one <paramref name="index"/> is on (a literal block's end already is one).</summary>
    private static int AfterLine(string text, int index)
    {
        if (index > 0 && text[index - 1] == '\n')
        {
            return index;
        }
        var lineEnd = text.IndexOf('\n', index);
        return lineEnd < 0 ? text.Length : lineEnd + 1;
    }
}
