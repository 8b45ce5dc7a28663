using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Markdown;

namespace Disclosure.Tests.Markdown;

/// <summary>
/// A table written in Markdown comes out like the theme's own tables (the pattern at <c>.stack-narrow</c> in the
/// theme's site.css): class <c>stack-narrow</c>, column headers <c>&lt;th scope="col"&gt;</c> in <c>thead</c>, each
/// body cell opening with its column's label, hidden from screen readers, plain text only; a caption that names the
/// table, visible unless the heading right above it already says the same.
/// </summary>
public sealed class AccessibleTableTests
{
    private const string Label = "<span class=\"stack-label\" aria-hidden=\"true\" data-pagefind-ignore>";

    private static string Html(string markdown, bool allowHtml = false) =>
        Markdig.Markdown.ToHtml(markdown, MarkdownPipelines.For(allowHtml));

    private static IElement Table(string markdown, bool allowHtml = false) =>
        new HtmlParser().ParseDocument($"<body>{Html(markdown, allowHtml)}</body>").QuerySelector("table")
        ?? throw new InvalidOperationException($"no table in {Html(markdown, allowHtml)}");

    /// <summary>Each body cell's label, row by row: empty for a cell without one.</summary>
    private static string[][] Labels(IElement table) =>
        table.QuerySelectorAll("tbody > tr")
            .Select(row => row.Children.Select(cell => cell.QuerySelector(":scope > .stack-label")?.TextContent ?? "").ToArray())
            .ToArray();

    [Fact]
    public void A_pipe_table_stacks_and_each_body_cell_opens_with_its_columns_label()
    {
        var html = Html("| 番号 | 質問 | 回答 |\n| --- | --- | --- |\n| 1 | 再委託はあるか。 | ない。 |\n");

        Assert.Contains("<table class=\"stack-narrow\">", html);
        Assert.Contains("<thead>\n<tr>\n<th scope=\"col\">番号</th>\n<th scope=\"col\">質問</th>\n<th scope=\"col\">回答</th>\n</tr>\n</thead>", html);
        Assert.Contains(
            $"<tbody>\n<tr>\n<td>{Label}番号</span>1</td>\n<td>{Label}質問</span>再委託はあるか。</td>\n<td>{Label}回答</span>ない。</td>\n</tr>\n</tbody>",
            html);
    }

    [Fact]
    public void Column_alignment_is_kept_on_header_and_body_cells()
    {
        var table = Table("| 左 | 中 | 右 | なし |\n| :-- | :-: | --: | --- |\n| a | b | 3 | d |\n");

        string[] Styles(string cells) => table.QuerySelectorAll(cells).Select(cell => cell.GetAttribute("style") ?? "").ToArray();
        string[] expected = ["text-align: left;", "text-align: center;", "text-align: right;", ""];
        Assert.Equal(expected, Styles("thead th"));
        Assert.Equal(expected, Styles("tbody td"));
        Assert.Equal(["左", "中", "右", "なし"], Labels(table)[0]);
    }

    // Markdig lines up a grid table's columns by characters, not by how wide they are drawn: a Japanese character
    // counts as one, so the grid tables below look ragged and are right.
    [Fact]
    public void A_grid_table_without_a_header_row_has_no_labels_and_no_thead()
    {
        var table = Table("""
            +------+------+
            | 入手   | 本人   |
            +------+------+
            | 保管   | 5年   |
            +------+------+
            """);

        Assert.Equal("stack-narrow", table.ClassName);
        Assert.Null(table.QuerySelector("thead"));
        Assert.Null(table.QuerySelector(".stack-label"));
        Assert.Equal(2, table.QuerySelectorAll("tbody > tr").Length);
        Assert.Equal(4, table.QuerySelectorAll("tbody td").Length);
    }

    [Fact]
    public void A_cell_spanning_columns_keeps_its_colspan_and_is_labelled_by_the_columns_it_covers()
    {
        var table = Table("""
            +--------+--------+--------+
            | 項目     | 変更前    | 変更後    |
            +========+========+========+
            | 委託先    | A社     | B社     |
            +--------+--------+--------+
            | 保管     | 変更なし            |
            +--------+--------+--------+
            """);

        var spanning = table.QuerySelectorAll("tbody > tr")[1].Children[1];
        Assert.Equal("2", spanning.GetAttribute("colspan"));
        Assert.Equal(["項目", "変更前", "変更後"], Labels(table)[0]);
        Assert.Equal(["項目", "変更前 / 変更後"], Labels(table)[1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_redacted_word_in_a_header_cell_is_its_placeholder_in_the_labels_and_nowhere_in_the_table(bool allowHtml)
    {
        var html = Html("| 番号 | {{redact 法人情報のため|株式会社ひみつ}}との契約 |\n| --- | --- |\n| 1 | 締結済み |\n", allowHtml);

        Assert.DoesNotContain("ひみつ", html);
        Assert.Contains("<th scope=\"col\"><span class=\"redacted\">（非公開：法人情報のため）</span>との契約</th>", html);
        Assert.Contains($"<td>{Label}（非公開：法人情報のため）との契約</span>締結済み</td>", html);
    }

    [Fact]
    public void A_redacted_passage_in_a_grid_tables_header_cell_is_its_placeholder_in_the_labels()
    {
        var html = Html("""
            +--------+--------------------+
            | 番号     | ::: redact 個人情報    |
            |        | 山田太郎               |
            |        | :::                |
            +========+====================+
            | 1      | 了承                 |
            +--------+--------------------+
            """);

        Assert.DoesNotContain("山田", html);
        Assert.Contains($"<td>{Label}（非公開：個人情報）</span>了承</td>", html);
    }

    [Fact]
    public void A_label_is_plain_text_a_link_emphasis_code_or_markup_in_the_header_is_not_repeated_in_it()
    {
        var table = Table("| [番号](/hogo/x/) | **質問** `Q` | A &amp; <b>B</b> |\n| --- | --- | --- |\n| 1 | 2 | 3 |\n");

        Assert.NotNull(table.QuerySelector("thead a[href='/hogo/x/']"));
        Assert.Equal(["番号", "質問 Q", "A & <b>B</b>"], Labels(table)[0]);
        Assert.All(table.QuerySelectorAll(".stack-label"), label => Assert.Empty(label.Children));
    }

    [Fact]
    public void A_br_in_a_body_cell_still_breaks_the_line_after_the_label_and_one_in_a_header_reads_as_a_space_in_it()
    {
        var html = Html("| 入手<br>方法 | 内容 |\n| --- | --- |\n| 窓口 | 本人から<br>書面で |\n");

        Assert.Contains("<th scope=\"col\">入手<br />\n方法</th>", html);
        Assert.Contains($"<td>{Label}入手 方法</span>窓口</td>", html);
        Assert.Contains($"<td>{Label}内容</span>本人から<br />\n書面で</td>", html);
    }

    [Fact]
    public void A_table_right_under_its_heading_names_itself_for_screen_readers_only()
    {
        var html = Html("## 委託の状況\n\n| 委託先 | 内容 |\n| --- | --- |\n| A社 | 運用 |\n");

        Assert.Contains("<caption id=\"table-caption-1\" class=\"visually-hidden\">委託の状況（表1）</caption>", html);
        Assert.Contains("aria-labelledby=\"table-caption-1\"", html);
    }

    [Fact]
    public void A_table_with_text_between_it_and_the_heading_and_one_without_a_heading_show_their_captions()
    {
        var html = Html("| a | b |\n| - | - |\n| 1 | 2 |\n\n## 委託の状況\n\n委託先は次のとおり。\n\n| 委託先 | 内容 |\n| --- | --- |\n| A社 | 運用 |\n");

        Assert.Contains("<caption id=\"table-caption-1\">表1</caption>", html);
        Assert.Contains("<caption id=\"table-caption-2\">委託の状況（表2）</caption>", html);
    }

    [Fact]
    public void A_table_under_a_minor_heading_its_caption_is_not_made_from_shows_its_caption()
    {
        var html = Html("## 委託\n\n### 委託先\n\n#### 委託の内容\n\n##### 細目\n\n| 委託先 | 内容 |\n| --- | --- |\n| A社 | 運用 |\n");

        Assert.Contains("<h5 id=\"細目\">細目</h5>", html);
        Assert.Contains("<caption id=\"table-caption-1\">委託の内容（表1）</caption>", html);
    }
}
