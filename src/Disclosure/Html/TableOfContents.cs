using AngleSharp.Dom;

namespace Disclosure.Html;

/// <summary>Fills a page's <c>nav[data-toc]</c> with a nested list of the headings in its <c>[data-toc-source]</c>.</summary>
public static class TableOfContents
{
    public static void Build(IDocument document)
    {
        var nav = document.QuerySelector("nav[data-toc]");
        if (nav is null)
        {
            return;
        }
        var headings = document.QuerySelectorAll("[data-toc-source] h2[id], [data-toc-source] h3[id]").ToList();
        if (headings.Count(h => h.LocalName == "h2") < 2)
        {
            nav.Remove();
            return;
        }

        var top = document.CreateElement("ol");
        IElement? currentSub = null;
        IElement? lastTop = null;
        foreach (var heading in headings)
        {
            var item = document.CreateElement("li");
            var link = document.CreateElement("a");
            link.SetAttribute("href", "#" + heading.Id);
            link.TextContent = heading.TextContent.Trim();
            item.AppendChild(link);

            if (heading.LocalName == "h2" || lastTop is null)
            {
                top.AppendChild(item);
                lastTop = item;
                currentSub = null;
            }
            else
            {
                if (currentSub is null)
                {
                    currentSub = document.CreateElement("ol");
                    lastTop.AppendChild(currentSub);
                }
                currentSub.AppendChild(item);
            }
        }
        nav.RemoveAttribute("data-toc");
        nav.AppendChild(top);
    }
}
