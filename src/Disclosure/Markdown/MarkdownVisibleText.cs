using Disclosure.Markdown.Extensions.Redaction;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown;

/// <summary>
/// A line of Markdown (a heading, a table's header cell) as the page shows its words, without marks: redacted words
/// replaced by their placeholder. Made from the syntax tree, taking only text a reader sees, so nothing else — a
/// redacted phrase, a link's address, raw HTML — can come through where plain text is written.
/// </summary>
public static class MarkdownVisibleText
{
    public static string Of(ContainerInline inline, MarkdownWords words) =>
        string.Concat(inline.Descendants<LeafInline>().Select(leaf => leaf switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            HtmlEntityInline entity => entity.Transcoded.ToString(),
            AutolinkInline autolink => autolink.Url,
            RedactionInline redaction => words.Placeholder(redaction.Reason),
            // A heading written over two lines (underlined with === or ---), a <br> in a cell: the break reads as a space.
            LineBreakInline => " ",
            _ => "",
        })).Trim();
}
