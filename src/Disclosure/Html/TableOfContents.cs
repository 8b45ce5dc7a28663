using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Markdown;
using Disclosure.Markdown.Extensions.HeadingLevels;

namespace Disclosure.Html;

/// <summary>
/// Fills a page's <c>&lt;nav data-toc&gt;</c> with a nested list of its document's headings (known from the
/// Markdown, so the page need not be parsed), or removes the nav when there are fewer than two sections.
/// </summary>
public static partial class TableOfContents
{
    public static string Fill(string html, IReadOnlyList<DocumentHeading> headings)
    {
        var open = Placeholder().Match(html);
        if (!open.Success)
        {
            return html;
        }
        var close = html.IndexOf("</nav>", open.Index, StringComparison.Ordinal);
        if (close < 0)
        {
            return html;
        }
        if (headings.Count(h => h.Level == HeadingLevelsExtension.TopLevel) < 2)
        {
            return html.Remove(open.Index, close + "</nav>".Length - open.Index);
        }
        var openTag = open.Value.Replace(" data-toc", "", StringComparison.Ordinal);
        var contents = html[(open.Index + open.Length)..close];
        return string.Concat(html[..open.Index], openTag, contents, List(headings), html[close..]);
    }

    private static string List(IReadOnlyList<DocumentHeading> headings)
    {
        var list = new StringBuilder("<ol>");
        var inSub = false;
        var first = true;
        foreach (var heading in headings)
        {
            var item = $"<li><a href=\"#{WebUtility.HtmlEncode(heading.Id)}\">{WebUtility.HtmlEncode(heading.Text)}</a>";
            if (heading.Level == HeadingLevelsExtension.TopLevel || first)
            {
                list.Append(inSub ? "</ol></li>" : first ? "" : "</li>");
                list.Append(item);
                inSub = false;
            }
            else
            {
                list.Append(inSub ? "</li>" : "<ol>");
                list.Append(item);
                inSub = true;
            }
            first = false;
        }
        list.Append(inSub ? "</li></ol></li></ol>" : "</li></ol>");
        return list.ToString();
    }

    [GeneratedRegex(@"<nav\b[^>]*\sdata-toc(?=[\s>])[^>]*>")]
    private static partial Regex Placeholder();
}
