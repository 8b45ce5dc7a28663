using AngleSharp.Dom;

namespace Disclosure.Html;

/// <summary>
/// Makes Markdown tables accessible: header cells get a scope, each table gets a caption (from the heading above it
/// when the author gave none), and wide tables scroll inside their own focusable region instead of the page.
/// </summary>
public static class AccessibleTables
{
    public static void Apply(IDocument document)
    {
        var index = 0;
        foreach (var table in document.QuerySelectorAll(".prose table").ToList())
        {
            index++;
            foreach (var th in table.QuerySelectorAll("thead th"))
            {
                th.SetAttribute("scope", "col");
            }
            foreach (var th in table.QuerySelectorAll("tbody th"))
            {
                th.SetAttribute("scope", "row");
            }

            var caption = table.QuerySelector("caption");
            if (caption is null)
            {
                caption = document.CreateElement("caption");
                caption.TextContent = NearestHeading(table) is { } heading ? $"{heading}（表{index}）" : $"表{index}";
                table.Prepend(caption);
            }
            if (string.IsNullOrEmpty(caption.Id))
            {
                caption.Id = $"table-caption-{index}";
            }

            var region = document.CreateElement("div");
            region.ClassName = "table-scroll";
            region.SetAttribute("role", "region");
            region.SetAttribute("tabindex", "0");
            region.SetAttribute("aria-labelledby", caption.Id);
            table.Replace(region);
            region.AppendChild(table);
        }
    }

    private static string? NearestHeading(IElement table)
    {
        for (var node = table.PreviousElementSibling; node is not null; node = node.PreviousElementSibling)
        {
            if (node.LocalName is "h2" or "h3" or "h4")
            {
                return node.TextContent.Trim();
            }
        }
        return null;
    }
}
