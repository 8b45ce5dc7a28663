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
        var list = List(headings);
        var length = open.Index + openTag.Length + (close - open.Index - open.Length) + list.Length + (html.Length - close);
        return string.Create(length, (html, open.Index, open.Length, close, openTag, list), static (page, x) =>
        {
            var (html, index, openLength, close, openTag, list) = x;
            foreach (var part in new[] { html.AsMemory(0, index), openTag.AsMemory(), html.AsMemory(index + openLength, close - index - openLength), list.AsMemory(), html.AsMemory(close) })
            {
                part.Span.CopyTo(page);
                page = page[part.Length..];
            }
        });
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
