using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Disclosure.Markdown.Extensions.Redaction;

/// <summary>Parses <c>::: redact 理由</c> (or <c>::: 非公開 理由</c>) … <c>:::</c>.</summary>
public sealed partial class RedactionBlockParser : BlockParser
{
    public RedactionBlockParser()
    {
        OpeningCharacters = [':'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }
        var match = Opening().Match(processor.Line.ToString().Trim());
        if (!match.Success)
        {
            return BlockState.None;
        }
        processor.NewBlocks.Push(new RedactionBlock(this)
        {
            Reason = match.Groups["reason"].Value.Trim(),
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var redaction = (RedactionBlock)block;
        if (Closing().IsMatch(processor.Line.ToString().Trim()))
        {
            redaction.IsClosed = true;
            redaction.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        var line = processor.Line;
        redaction.AppendLine(ref line, processor.Column, processor.LineIndex, processor.CurrentLineStartPosition, trackTrivia: false);
        redaction.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }

    [GeneratedRegex(@"^:{3,}\s*(?:redact|非公開)(?:[\s\u3000]+(?<reason>.*))?$")]
    private static partial Regex Opening();

    [GeneratedRegex(@"^:{3,}$")]
    private static partial Regex Closing();
}
