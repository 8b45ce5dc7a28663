using Markdig.Helpers;
using Markdig.Parsers;

namespace Disclosure.Markdown.Extensions.Redaction;

/// <summary>Parses <c>{{redact 理由|伏せる語句}}</c>, <c>{{非公開 理由|伏せる語句}}</c> and, without a reason, <c>{{redact|語句}}</c>; a full-width bar 「｜」 works as well.</summary>
public sealed class RedactionInlineParser : InlineParser
{
    public RedactionInlineParser()
    {
        OpeningCharacters = ['{'];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        if (start + 1 > slice.End || text[start + 1] != '{')
        {
            return false;
        }
        var end = text.IndexOf("}}", start + 2, StringComparison.Ordinal);
        if (end < 0 || end > slice.End)
        {
            return false;
        }
        if (!RedactionSyntax.TryParseInline(text[(start + 2)..end], out var reason, out var words))
        {
            return false;
        }

        processor.Inline = new RedactionInline
        {
            Reason = reason,
            Text = words,
            Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(end + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = end + 2;
        return true;
    }
}
