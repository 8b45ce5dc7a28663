using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace Disclosure.Markdown.Extensions.AccessibleTables;

/// <summary>Numbers a document's tables in order, so each caption gets a unique id and a number readers can cite.</summary>
public static class TableNumbering
{
    public const string NumberKey = "disclosure.table-number";

    public static void Assign(MarkdownDocument document)
    {
        var number = 0;
        foreach (var table in document.Descendants<Table>())
        {
            table.SetData(NumberKey, ++number);
        }
    }
}
