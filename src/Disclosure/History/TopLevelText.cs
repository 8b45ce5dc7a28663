using System.Net;
using System.Text;

namespace Disclosure.History;

/// <summary>
/// The top-level elements of HTML this site's Markdown pipeline made, each with its text as a browser's
/// <c>textContent</c> reads it, leaving out the column labels tables draw on phones (<c>.stack-label</c>). The HTML is
/// the pipeline's own — well formed, raw HTML already sanitised — so it is read in one pass instead of being parsed
/// into a document: an HTML parser was the largest thing a build with revision history loaded at its start.
/// </summary>
public static class TopLevelText
{
    private static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    /// <summary>Elements whose content is text up to their end tag, markup or not; script and style keep it as written.</summary>
    private static readonly HashSet<string> RawTextElements = new(StringComparer.Ordinal) { "script", "style", "textarea", "title" };

    public static IReadOnlyList<(string Name, string Text)> Of(string html)
    {
        var source = html.Contains('\r') ? html.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : html;
        var elements = new List<(string Name, string Text)>();
        var text = new StringBuilder();
        string? current = null;
        var depth = 0;
        var hiddenDepth = -1;
        var position = 0;
        while (position < source.Length)
        {
            var open = source.IndexOf('<', position);
            var end = open < 0 ? source.Length : open;
            if (current is not null && hiddenDepth < 0 && end > position)
            {
                text.Append(WebUtility.HtmlDecode(source[position..end]));
            }
            if (open < 0)
            {
                break;
            }
            if (!TryReadTag(source, open, out var tag))
            {
                // A '<' that starts no markup is text.
                if (current is not null && hiddenDepth < 0)
                {
                    text.Append('<');
                }
                position = open + 1;
                continue;
            }
            position = tag.End;
            if (tag.Name is null)
            {
                continue;
            }
            if (tag.Closing)
            {
                depth = Math.Max(0, depth - 1);
                if (hiddenDepth == depth)
                {
                    hiddenDepth = -1;
                }
                if (depth == 0 && current is not null)
                {
                    elements.Add((current, text.ToString()));
                    (current, text) = (null, text.Clear());
                }
                continue;
            }
            var isVoid = VoidElements.Contains(tag.Name) || tag.SelfClosing;
            if (depth == 0)
            {
                current = tag.Name;
                text.Clear();
                if (isVoid)
                {
                    elements.Add((current, ""));
                    current = null;
                    continue;
                }
            }
            if (isVoid)
            {
                continue;
            }
            if (hiddenDepth < 0 && tag.IsStackLabel)
            {
                hiddenDepth = depth;
            }
            depth++;
            if (RawTextElements.Contains(tag.Name))
            {
                var close = source.IndexOf("</" + tag.Name, position, StringComparison.OrdinalIgnoreCase);
                var rawEnd = close < 0 ? source.Length : close;
                if (hiddenDepth < 0)
                {
                    var raw = source[position..rawEnd];
                    text.Append(tag.Name is "textarea" or "title" ? WebUtility.HtmlDecode(raw) : raw);
                }
                position = rawEnd;
            }
        }
        if (current is not null)
        {
            elements.Add((current, text.ToString()));
        }
        return elements;
    }

    /// <param name="Name">The element's name in lower case; null for a comment, doctype or processing instruction.</param>
    private readonly record struct Tag(string? Name, bool Closing, bool SelfClosing, bool IsStackLabel, int End);

    private static bool TryReadTag(string source, int open, out Tag tag)
    {
        tag = default;
        if (open + 1 >= source.Length)
        {
            return false;
        }
        if (source.AsSpan(open).StartsWith("<!--", StringComparison.Ordinal))
        {
            var close = source.IndexOf("-->", open + 4, StringComparison.Ordinal);
            tag = new Tag(null, false, false, false, close < 0 ? source.Length : close + 3);
            return true;
        }
        if (source[open + 1] is '!' or '?')
        {
            var close = source.IndexOf('>', open);
            tag = new Tag(null, false, false, false, close < 0 ? source.Length : close + 1);
            return true;
        }
        var closing = source[open + 1] == '/';
        var nameStart = open + (closing ? 2 : 1);
        if (nameStart >= source.Length || !char.IsAsciiLetter(source[nameStart]))
        {
            return false;
        }
        var nameEnd = nameStart;
        while (nameEnd < source.Length && (char.IsAsciiLetterOrDigit(source[nameEnd]) || source[nameEnd] == '-'))
        {
            nameEnd++;
        }
        var name = source[nameStart..nameEnd].ToLowerInvariant();
        var (attributesEnd, isStackLabel) = ReadAttributes(source, nameEnd);
        var selfClosing = attributesEnd - 1 > nameEnd && source[attributesEnd - 2] == '/';
        tag = new Tag(name, closing, selfClosing, !closing && isStackLabel, attributesEnd);
        return true;
    }

    /// <summary>Reads to the end of a tag, quotes respected; says whether its class names <c>stack-label</c>.</summary>
    private static (int End, bool IsStackLabel) ReadAttributes(string source, int position)
    {
        var isStackLabel = false;
        while (position < source.Length && source[position] != '>')
        {
            if (source[position - 1] is ' ' or '\t' or '\n' or '\f' or '/' && source.AsSpan(position).StartsWith("class=", StringComparison.OrdinalIgnoreCase))
            {
                position += "class=".Length;
                var quote = position < source.Length ? source[position] : ' ';
                var valueStart = quote is '"' or '\'' ? position + 1 : position;
                var valueEnd = quote is '"' or '\''
                    ? source.IndexOf(quote, valueStart)
                    : source.IndexOfAny([' ', '\t', '\n', '>'], valueStart);
                valueEnd = valueEnd < 0 ? source.Length : valueEnd;
                isStackLabel |= source[valueStart..valueEnd].Split([' ', '\t', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries).Contains("stack-label");
                position = quote is '"' or '\'' ? Math.Min(source.Length, valueEnd + 1) : valueEnd;
                continue;
            }
            if (source[position] is '"' or '\'')
            {
                var close = source.IndexOf(source[position], position + 1);
                position = close < 0 ? source.Length : close + 1;
                continue;
            }
            position++;
        }
        return (Math.Min(source.Length, position + 1), isStackLabel);
    }
}
