using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown.Extensions.TableCellLineBreaks;

/// <summary>
/// A line break inside a table cell, written <c>&lt;br&gt;</c> (or <c>&lt;br/&gt;</c>, <c>&lt;br /&gt;</c>, in any
/// letter case). A cell of a pipe table is one line of the file, so it cannot hold a second paragraph or a line
/// break — and 評価書 tables need several lines in a cell. This is the one tag taken as HTML even on a site that shows
/// raw HTML as text (<c>allow_html: false</c>): it becomes a line break of the syntax tree, never raw HTML, so nothing
/// else can come through with it. A tag with anything more (<c>&lt;br onclick=…&gt;</c>), a <c>&lt;br&gt;</c> written
/// with a backslash before it, in code, outside a table, or in a grid table (whose cells hold whole paragraphs) is
/// left as the site's rule for raw HTML says.
/// </summary>
public sealed partial class TableCellLineBreaksExtension : DocumentProcessingExtension
{
    protected override void Process(MarkdownDocument document)
    {
        var candidates = document.Descendants<Table>()
            .Where(table => table.Parser is not GridTableParser)
            .SelectMany(table => table.Descendants<Inline>())
            .Where(inline => inline is LiteralInline || inline is HtmlInline)
            .ToList();
        foreach (var inline in candidates)
        {
            switch (inline)
            {
                // Shown as text (allow_html: false): the tag is inside the words of the cell.
                case LiteralInline literal:
                    Split(literal);
                    break;
                // Taken as HTML (allow_html: true): the same break, so both kinds of site write the same page.
                case HtmlInline html when WholeTag().IsMatch(html.Tag):
                    html.ReplaceBy(Break(html.Line, html.Column));
                    break;
            }
        }
    }

    /// <summary>Splits a literal at each tag into the words around it and a line break in its place.</summary>
    private static void Split(LiteralInline literal)
    {
        var content = literal.Content;
        var text = content.AsSpan();
        var pieces = new List<(int Start, int End)>();
        var start = 0;
        foreach (var tag in Tag().EnumerateMatches(text))
        {
            // A backslash before the tag (\<br>) shows it as written.
            if (tag.Index == 0 && literal.IsFirstCharacterEscaped)
            {
                continue;
            }
            pieces.Add((start, tag.Index));
            start = tag.Index + tag.Length;
        }
        if (pieces.Count == 0)
        {
            return;
        }
        pieces.Add((start, text.Length));

        Inline last = literal;
        literal.Content = Slice(content, pieces[0]);
        foreach (var piece in pieces.Skip(1))
        {
            last = After(last, Break(literal.Line, literal.Column + piece.Start));
            if (piece.End > piece.Start)
            {
                last = After(last, new LiteralInline(Slice(content, piece)) { Line = literal.Line, Column = literal.Column + piece.Start });
            }
        }
    }

    private static Inline After(Inline inline, Inline next)
    {
        inline.InsertAfter(next);
        return next;
    }

    private static StringSlice Slice(StringSlice content, (int Start, int End) piece) =>
        new(content.Text, content.Start + piece.Start, content.Start + piece.End - 1);

    private static LineBreakInline Break(int line, int column) => new() { IsHard = true, Line = line, Column = column };

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"^<br\s*/?>$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeTag();
}
