using System.Net;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown.Extensions.AccessibleTables;

/// <summary>
/// Writes a Markdown table the accessible way: inside its own focusable scrolling region (so a wide table never
/// makes the page scroll sideways at 320 px), with a caption (the heading above it, when the author gave none)
/// and header cells scoped to their columns. Markdig's own table renderer writes the table itself.
/// </summary>
public sealed partial class AccessibleTableRenderer(HtmlObjectRenderer<Table> tableRenderer, MarkdownWords words) : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            ((IMarkdownObjectRenderer)tableRenderer).Write(renderer, table);
            return;
        }

        var original = renderer.Writer;
        var buffer = new StringWriter();
        renderer.Writer = buffer;
        ((IMarkdownObjectRenderer)tableRenderer).Write(renderer, table);
        renderer.Writer = original;

        var number = table.GetData(TableNumbering.NumberKey) as int? ?? 1;
        var captionId = $"table-caption-{number}";
        var caption = words.Caption(NearestHeading(table), number);
        var html = HeaderCell().Replace(buffer.ToString(), "<th scope=\"col\"");
        var tableOpenEnd = html.IndexOf('>', html.IndexOf("<table", StringComparison.Ordinal)) + 1;

        renderer.EnsureLine();
        renderer.Write($"<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{captionId}\">");
        renderer.Write(html[..tableOpenEnd]);
        renderer.Write($"<caption id=\"{captionId}\">").Write(WebUtility.HtmlEncode(caption)).Write("</caption>");
        renderer.Write(html[tableOpenEnd..]);
        renderer.WriteLine("</div>");
    }

    [GeneratedRegex(@"<th(?=[\s>])")]
    private static partial Regex HeaderCell();

    private static string? NearestHeading(Block table)
    {
        if (table.Parent is not { } parent)
        {
            return null;
        }
        for (var i = parent.IndexOf(table) - 1; i >= 0; i--)
        {
            if (parent[i] is HeadingBlock { Level: >= 2 and <= 4, Inline: { } inline })
            {
                return string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString())).Trim();
            }
        }
        return null;
    }
}
