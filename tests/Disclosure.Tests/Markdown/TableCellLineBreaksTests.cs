using Disclosure.Markdown;

namespace Disclosure.Tests.Markdown;

/// <summary>
/// <c>&lt;br&gt;</c> in a cell of a pipe table is a line break, on a site that shows raw HTML as text as on one that
/// allows it; the tag with anything more, or anywhere else, is what the site's rule for raw HTML makes of it.
/// </summary>
public sealed class TableCellLineBreaksTests
{
    private static string Cell(string cell, bool allowHtml = false)
    {
        var html = Markdig.Markdown.ToHtml($"| 項目 | 内容 |\n| --- | --- |\n| 入手 | {cell} |\n", MarkdownPipelines.For(allowHtml));
        // The cell's words come after its column label (drawn when the table stacks on a phone).
        const string label = "<td><span class=\"stack-label\" aria-hidden=\"true\" data-pagefind-ignore>内容</span>";
        var start = html.LastIndexOf(label, StringComparison.Ordinal) + label.Length;
        Assert.True(start >= label.Length, $"no cell labelled 内容 in {html}");
        return html[start..html.IndexOf("</td>", start, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("本人から<br>書面で", false)]
    [InlineData("本人から<br/>書面で", false)]
    [InlineData("本人から<br />書面で", false)]
    [InlineData("本人から<BR>書面で", false)]
    [InlineData("本人から<Br />書面で", false)]
    [InlineData("本人から<br>書面で", true)]
    [InlineData("本人から<BR/>書面で", true)]
    public void A_br_tag_in_a_cell_is_a_line_break(string cell, bool allowHtml) =>
        Assert.Equal("本人から<br />\n書面で", Cell(cell, allowHtml));

    [Fact]
    public void Several_breaks_and_breaks_at_either_end_of_a_cell()
    {
        Assert.Equal("①申請書<br />\n②届出書<br />\n③照会", Cell("①申請書<br>②届出書<br>③照会"));
        Assert.Equal("<br />\n先頭", Cell("<br>先頭"));
        Assert.Equal("<br />\n<br />\n二つ", Cell("<br><br>二つ"));
    }

    [Fact]
    public void A_break_inside_emphasis_or_a_link_in_a_cell_works_too()
    {
        Assert.Equal("<strong>注意<br />\n事項</strong>", Cell("**注意<br>事項**"));
    }

    [Theory]
    [InlineData("a<br onclick=\"alert(1)\">b", "a&lt;br onclick=&quot;alert(1)&quot;&gt;b")]
    [InlineData("a<br class=x>b", "a&lt;br class=x&gt;b")]
    [InlineData("a<br><script>alert(1)</script>", "a<br />\n&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("a<brx>b", "a&lt;brx&gt;b")]
    [InlineData("a\\<br>b", "a&lt;br&gt;b")]
    [InlineData("`<br>`", "<code>&lt;br&gt;</code>")]
    public void Anything_more_than_the_bare_tag_stays_text(string cell, string html) =>
        Assert.Equal(html, Cell(cell));

    [Fact]
    public void With_raw_html_allowed_a_br_with_an_attribute_is_sanitized_and_a_script_dropped()
    {
        var cell = Cell("a<br onclick=\"alert(1)\">b<br><script>alert(1)</script>", allowHtml: true);
        var page = Disclosure.Markdown.Extensions.RawHtml.RawHtmlSanitizer.Sanitize(cell);

        Assert.DoesNotContain("onclick", page);
        Assert.DoesNotContain("<script", page);
        Assert.Contains("<br>", page);
    }

    [Fact]
    public void Outside_a_table_a_br_tag_stays_text_as_before()
    {
        var html = Markdig.Markdown.ToHtml("本文の<br>途中\n\n- 箇条の<br>途中\n", MarkdownPipelines.For(allowHtml: false));

        Assert.Contains("<p>本文の&lt;br&gt;途中</p>", html);
        Assert.Contains("<li>箇条の&lt;br&gt;途中</li>", html);
        Assert.DoesNotContain("<br", html);
    }

    [Fact]
    public void In_a_grid_table_whose_cells_hold_paragraphs_a_br_tag_stays_text()
    {
        var html = Markdig.Markdown.ToHtml("+------+------+\n| 項目 | 内容 |\n+======+======+\n| 入手 | a<br>b |\n+------+------+\n", MarkdownPipelines.For(allowHtml: false));

        Assert.Contains("a&lt;br&gt;b", html);
        Assert.DoesNotContain("<br", html);
    }
}
