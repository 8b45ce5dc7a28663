using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Disclosure.Markdown.Extensions.AccessibleTables;

/// <summary>
/// Writes a Markdown table the way the theme writes its own (the pattern at <c>.stack-narrow</c> in the theme's
/// site.css): inside its own focusable scrolling region, so a wide table never makes the page scroll sideways; with a
/// caption (the heading above it and the table's number, when the author gave none); column headers
/// <c>&lt;th scope="col"&gt;</c> in <c>thead</c>; and class <c>stack-narrow</c>, so that on a phone each row becomes
/// a block in which every cell starts with its column's label (<see cref="TableColumnLabels"/>) instead of a column
/// squeezed to a character or two a line. Rows, spans, column widths and alignment are written as Markdig's
/// <see cref="HtmlTableRenderer"/> writes them, so a wide screen shows the table as before.
/// </summary>
public sealed class AccessibleTableRenderer(HtmlObjectRenderer<Table> tableRenderer, MarkdownWords words) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        // A renderer set to write plain text: Markdig's renderer writes the cells' words, one after another.
        if (!renderer.EnableHtmlForBlock)
        {
            ((IMarkdownObjectRenderer)tableRenderer).Write(renderer, table);
            return;
        }

        var number = table.GetData(TableNumbering.NumberKey) as int? ?? 1;
        var captionId = $"table-caption-{number}";
        var heading = NearestHeading(table);
        var caption = words.Caption(heading is { Inline: { } inline } ? MarkdownVisibleText.Of(inline, words) : null, number);
        // Right under the heading it is made from, the caption would show the heading's words again; it still names
        // the table for a screen reader's table navigation, which jumps from table to table without the headings.
        var hidden = heading is not null && BlockBefore(table) == heading ? " class=\"visually-hidden\"" : "";

        var attributes = new HtmlAttributes();
        table.TryGetAttributes()?.CopyTo(attributes);
        attributes.AddClass("stack-narrow");

        renderer.EnsureLine();
        renderer.Write($"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{captionId}\">");
        renderer.Write("<table").WriteAttributes(attributes).Write('>');
        renderer.Write($"<caption id=\"{captionId}\"{hidden}>").WriteEscape(caption).WriteLine("</caption>");
        WriteColumnWidths(renderer, table);

        var rows = table.OfType<TableRow>().ToList();
        var headerRows = rows.TakeWhile(row => row.IsHeader).Count();
        var labels = TableColumnLabels.Of(table, words);
        WriteRows(renderer, table, "thead", rows.Take(headerRows).ToList(), labels);
        WriteRows(renderer, table, "tbody", rows.Skip(headerRows).ToList(), labels);
        renderer.WriteLine("</table>");
        renderer.WriteLine("</div>");
    }

    /// <summary>A grid table's column widths, from the lengths of its dashes.</summary>
    private static void WriteColumnWidths(HtmlRenderer renderer, Table table)
    {
        if (table.ColumnDefinitions.All(column => column.Width is 0f or 1f))
        {
            return;
        }
        foreach (var column in table.ColumnDefinitions)
        {
            var percent = Math.Round(column.Width * 100) / 100;
            renderer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<col style=\"width:{percent:0.##}%\" />"));
        }
    }

    private static void WriteRows(HtmlRenderer renderer, Table table, string section, List<TableRow> rows, TableColumnLabels labels)
    {
        if (rows.Count == 0)
        {
            return;
        }
        renderer.WriteLine($"<{section}>");
        foreach (var row in rows)
        {
            WriteRow(renderer, table, row, labels);
        }
        renderer.WriteLine($"</{section}>");
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, TableColumnLabels labels)
    {
        renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
        for (var position = 0; position < row.Count; position++)
        {
            var cell = (TableCell)row[position];
            renderer.EnsureLine();
            renderer.Write(row.IsHeader ? "<th scope=\"col\"" : "<td");
            if (cell.ColumnSpan != 1)
            {
                renderer.Write(string.Create(CultureInfo.InvariantCulture, $" colspan=\"{cell.ColumnSpan}\""));
            }
            if (cell.RowSpan != 1)
            {
                renderer.Write(string.Create(CultureInfo.InvariantCulture, $" rowspan=\"{cell.RowSpan}\""));
            }
            renderer.Write(AlignmentOf(table, cell, position) switch
            {
                TableColumnAlign.Left => " style=\"text-align: left;\"",
                TableColumnAlign.Center => " style=\"text-align: center;\"",
                TableColumnAlign.Right => " style=\"text-align: right;\"",
                _ => "",
            });
            renderer.WriteAttributes(cell).Write('>');

            // The label repeats the column header, for the eye only: screen readers hear the header, and the site
            // search leaves it out of its index and excerpts.
            if (!row.IsHeader && labels.For(cell, position) is { Length: > 0 } label)
            {
                renderer.Write("<span class=\"stack-label\" aria-hidden=\"true\" data-pagefind-ignore>").WriteEscape(label).Write("</span>");
            }
            // A cell of one paragraph (every pipe table cell) is written without <p>.
            var implicitParagraph = renderer.ImplicitParagraph;
            if (cell.Count == 1)
            {
                renderer.ImplicitParagraph = true;
            }
            renderer.Write(cell);
            renderer.ImplicitParagraph = implicitParagraph;

            renderer.WriteLine(row.IsHeader ? "</th>" : "</td>");
        }
        renderer.WriteLine("</tr>");
    }

    /// <summary>The alignment of the cell's column (<c>:---:</c> in the separator line), none when the author set none.</summary>
    private static TableColumnAlign? AlignmentOf(Table table, TableCell cell, int position)
    {
        var columns = table.ColumnDefinitions;
        if (columns.Count == 0)
        {
            return null;
        }
        var column = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : position;
        return columns[Math.Min(column, columns.Count - 1)].Alignment;
    }

    private static HeadingBlock? NearestHeading(Block table)
    {
        if (table.Parent is not { } parent)
        {
            return null;
        }
        for (var i = parent.IndexOf(table) - 1; i >= 0; i--)
        {
            if (parent[i] is HeadingBlock { Level: >= 2 and <= 4 } heading)
            {
                return heading;
            }
        }
        return null;
    }

    private static Block? BlockBefore(Block table) =>
        table.Parent is { } parent && parent.IndexOf(table) is > 0 and var index ? parent[index - 1] : null;
}
