using Disclosure.Markdown.Extensions.Redaction;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Disclosure.Markdown.Extensions.AccessibleTables;

/// <summary>
/// The label a body cell shows above its value when the table stacks on a narrow screen: the text of its column's
/// header cell as the page shows it — redacted words as their placeholder, never the words, and no link or other
/// markup, because the label is hidden from screen readers and must hold nothing focusable. A column under several
/// header rows (a grid table's) is labelled by each of them, top down; a table without a header row has no labels.
/// </summary>
public sealed class TableColumnLabels
{
    /// <summary>Between the headers of one column, and of the columns a cell spans: neutral in any language.</summary>
    private const string Separator = " / ";

    private readonly Dictionary<int, List<string>> _headersByColumn = [];

    private TableColumnLabels()
    {
    }

    public static TableColumnLabels Of(Table table, MarkdownWords words)
    {
        var labels = new TableColumnLabels();
        foreach (var row in table.OfType<TableRow>().Where(row => row.IsHeader))
        {
            for (var position = 0; position < row.Count; position++)
            {
                var cell = (TableCell)row[position];
                var text = TextOf(cell, words);
                if (text.Length == 0)
                {
                    continue;
                }
                foreach (var column in ColumnsOf(cell, position))
                {
                    var headers = labels._headersByColumn.TryGetValue(column, out var found) ? found : labels._headersByColumn[column] = [];
                    if (!headers.Contains(text))
                    {
                        headers.Add(text);
                    }
                }
            }
        }
        return labels;
    }

    /// <summary>The label of a body cell at <paramref name="position"/> in its row; empty when its columns have no header text.</summary>
    public string For(TableCell cell, int position) =>
        string.Join(Separator, ColumnsOf(cell, position)
            .SelectMany(column => _headersByColumn.TryGetValue(column, out var headers) ? headers : [])
            .Distinct());

    /// <summary>The columns a cell covers: a grid table tells where each cell starts, a pipe table's cells are one a column.</summary>
    private static IEnumerable<int> ColumnsOf(TableCell cell, int position) =>
        Enumerable.Range(cell.ColumnIndex >= 0 ? cell.ColumnIndex : position, Math.Max(cell.ColumnSpan, 1));

    /// <summary>A header cell's words: a pipe table's cell is one paragraph, a grid table's may hold several blocks.</summary>
    private static string TextOf(TableCell cell, MarkdownWords words) =>
        string.Join(' ', cell.Descendants<LeafBlock>()
            .Select(block => block switch
            {
                RedactionBlock redacted => words.Placeholder(redacted.Reason),
                { Inline: { } inline } => MarkdownVisibleText.Of(inline, words),
                _ => "",
            })
            .Where(text => text.Length > 0));
}
