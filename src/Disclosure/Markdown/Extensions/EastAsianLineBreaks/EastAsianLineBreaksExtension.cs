using System.Text;
using Disclosure.Markdown.Extensions.Redaction;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown.Extensions.EastAsianLineBreaks;

/// <summary>
/// Japanese is written without spaces between words, and staff break lines in the middle of a sentence (to keep lines
/// short, or because the text came from a PDF or Word). Markdown keeps such a break, and a browser shows it as a space:
/// 「市政情報室で 閲覧できます」. This removes a line break written inside a paragraph when the characters on both
/// sides of it are East Asian wide (<see cref="EastAsianCharacters"/>); between a wide and a narrow character
/// (「Web\nサイト」「令和7年\n4月」) and between two narrow ones it stays, and is shown as a space.
/// </summary>
/// <remarks>
/// <para>
/// The rule is goldmark's (Hugo's Markdown engine) <c>EastAsianLineBreaksStyleSimple</c>: a soft line break is
/// dropped only when both neighbouring characters are wide. Its other style, <c>EastAsianLineBreaksCSS3Draft</c>
/// (after a CSS Text 3 draft), also drops it when only one side is wide or is punctuation. We keep the simple one: a
/// break beside a Latin letter or a digit is where a Japanese writer would put a space anyway, it never glues two
/// words of a Latin-script name together, and a writer who wants no space there can join the lines, while a space
/// the generator had removed could not be asked back.
/// </para>
/// <para>
/// One exception, from CSS Text 3 and goldmark's CSS3Draft style (its simple style counts Hangul as wide): a break
/// beside Hangul stays, because Korean separates words with spaces and the break stands for one.
/// </para>
/// <para>
/// The break is taken out of the syntax tree, not only out of the HTML, so whatever is made from the tree — the
/// page, the headings in the table of contents, the plain text of the revision diffs, and through the page the
/// search index and its excerpts — reads the same. Hard breaks (two spaces or a backslash at the end of a line, a
/// <c>&lt;br&gt;</c> in a table cell) are line breaks the author asked for and are left alone.
/// </para>
/// </remarks>
public sealed class EastAsianLineBreaksExtension(MarkdownWords words) : DocumentProcessingExtension
{
    protected override void Process(MarkdownDocument document)
    {
        List<LineBreakInline>? joined = null;
        SyntaxWalk.Visit(document, node =>
        {
            if (node is LineBreakInline { IsHard: false } soft && Joins(soft))
            {
                (joined ??= []).Add(soft);
            }
        });
        foreach (var soft in joined ?? [])
        {
            soft.Remove();
        }
    }

    private bool Joins(LineBreakInline soft) =>
        Neighbour(soft, before: true) is { } last && Neighbour(soft, before: false) is { } next
        && EastAsianCharacters.IsWide(last) && EastAsianCharacters.IsWide(next)
        && !EastAsianCharacters.IsHangul(last) && !EastAsianCharacters.IsHangul(next);

    /// <summary>
    /// The character a reader sees right before (or after) the break: the nearest text on that side, looking into
    /// emphasis and links and out of them. Null when there is none, or when something other than text stands there
    /// (an image, raw HTML, another break).
    /// </summary>
    private Rune? Neighbour(Inline start, bool before)
    {
        for (Inline? node = start; node is not null; node = node.Parent)
        {
            for (var sibling = Next(node, before); sibling is not null; sibling = Next(sibling, before))
            {
                if (!TryEdge(sibling, before, out var character))
                {
                    return null;
                }
                if (character is not null)
                {
                    return character;
                }
            }
        }
        return null;
    }

    private static Inline? Next(Inline node, bool before) => before ? node.PreviousSibling : node.NextSibling;

    /// <summary>The character at the end (<paramref name="last"/>) or start of an inline as shown.</summary>
    /// <param name="character">Null when the inline shows no text at all (an empty literal).</param>
    /// <returns>False when the inline is not text.</returns>
    private bool TryEdge(Inline inline, bool last, out Rune? character)
    {
        character = null;
        switch (inline)
        {
            case LinkInline { IsImage: true }:
                return false;
            case ContainerInline container:
                for (var child = last ? container.LastChild : container.FirstChild; child is not null; child = last ? child.PreviousSibling : child.NextSibling)
                {
                    if (!TryEdge(child, last, out character))
                    {
                        return false;
                    }
                    if (character is not null)
                    {
                        return true;
                    }
                }
                return true;
            case LiteralInline literal:
                character = Edge(literal.Content.AsSpan(), last);
                return true;
            case CodeInline code:
                character = Edge(code.Content, last);
                return true;
            case HtmlEntityInline entity:
                character = Edge(entity.Transcoded.AsSpan(), last);
                return true;
            case RedactionInline redaction:
                character = Edge(words.Placeholder(redaction.Reason), last);
                return true;
            default:
                return false;
        }
    }

    private static Rune? Edge(ReadOnlySpan<char> text, bool last)
    {
        if (text.IsEmpty)
        {
            return null;
        }
        var status = last ? Rune.DecodeLastFromUtf16(text, out var rune, out _) : Rune.DecodeFromUtf16(text, out rune, out _);
        return status == System.Buffers.OperationStatus.Done ? rune : null;
    }
}
