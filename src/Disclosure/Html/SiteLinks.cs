using System.Buffers;
using System.Net;
using System.Text;

namespace Disclosure.Html;

/// <summary>
/// The URLs and ids in a page, read and rewritten in a single pass over its text rather than through a parsed DOM:
/// the HTML comes from the site's own templates and Markdown renderer, which always quote attribute values, and text
/// content never holds a bare double quote (it is written as an entity). An attribute is <c>href</c>, <c>src</c>,
/// <c>action</c> or <c>id</c> after white space, then <c>=</c> and a quote; its value runs to the next quote.
/// </summary>
public static class SiteLinks
{
    // Each page is written into this thread's buffer and copied out once at its exact size: a page's text is
    // otherwise copied several times over (base path, ids, links, UTF-8) — most of what a build allocated.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>
    /// The page as UTF-8 with the site's base path on each root-relative URL (<c>/x/</c> → <c>/hogo/x/</c>), with
    /// every id in order (repeats included) and every link and resource URL it references (forms excluded), as
    /// they are in the finished page, entities decoded.
    /// </summary>
    public static FinishedHtml Finish(string html, string basePath)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        var ids = new List<string>();
        var references = new List<string>();
        var text = html.AsSpan();
        var rewrite = basePath != "/";
        var copied = 0;
        var at = 0;
        while (at < text.Length && text[at..].IndexOf('=') is var offset and >= 0)
        {
            var equals = at + offset;
            at = equals + 1;
            if (NameBefore(text, equals) is not { } name || equals + 1 >= text.Length || text[equals + 1] is not ('"' or '\'') )
            {
                continue;
            }
            var quote = text[equals + 1];
            var start = equals + 2;
            var length = text[start..].IndexOfAny('"', '\'') is var end and >= 0 ? end : text.Length - start;
            var value = text.Slice(start, length);
            var closed = start + length < text.Length && text[start + length] == quote;
            at = start + length;
            if (name == Name.Id)
            {
                if (closed)
                {
                    ids.Add(WebUtility.HtmlDecode(value.ToString()));
                }
                continue;
            }
            var rooted = rewrite && value.StartsWith('/') && !value.StartsWith("//");
            if (rooted)
            {
                Encoding.UTF8.GetBytes(text[copied..start], buffer);
                Encoding.UTF8.GetBytes(basePath, buffer);
                copied = start + 1;
            }
            if (closed && name != Name.Action)
            {
                references.Add(WebUtility.HtmlDecode(rooted ? string.Concat(basePath, value[1..]) : value.ToString()));
            }
        }
        Encoding.UTF8.GetBytes(text[copied..], buffer);
        return new FinishedHtml(buffer.WrittenSpan.ToArray(), ids, references);
    }

    private enum Name
    {
        Href,
        Src,
        Action,
        Id,
    }

    /// <summary>The attribute named right before the <c>=</c> at <paramref name="equals"/>, if it is one of ours and follows white space.</summary>
    private static Name? NameBefore(ReadOnlySpan<char> text, int equals)
    {
        foreach (var (word, name) in Names)
        {
            var start = equals - word.Length;
            if (start >= 1 && text[start..equals].SequenceEqual(word) && char.IsWhiteSpace(text[start - 1]))
            {
                return name;
            }
        }
        return null;
    }

    private static readonly (string Word, Name Name)[] Names = [("href", Name.Href), ("src", Name.Src), ("action", Name.Action), ("id", Name.Id)];
}
