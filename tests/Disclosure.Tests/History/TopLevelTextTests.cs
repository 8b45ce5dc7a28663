using AngleSharp.Html.Parser;
using Disclosure.Corpus;
using Disclosure.History;
using Disclosure.Markdown;
using Disclosure.Testing;
using Disclosure.Yaml;

namespace Disclosure.Tests.History;

/// <summary>
/// The revision diff reads each version's rendered HTML in one pass (<see cref="TopLevelText"/>). The spec is what
/// an HTML parser makes of the same HTML — the body's child elements and their <c>textContent</c>, table labels
/// removed — as the diff read it before: every case here is compared with AngleSharp's reading.
/// </summary>
public sealed class TopLevelTextTests
{
    public static TheoryData<string, bool> Bodies()
    {
        var bodies = new TheoryData<string, bool>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            bodies.Add(FrontMatter.Split(File.ReadAllText(file)).Body, false);
        }
        var corpus = Directory.CreateTempSubdirectory("disclosure-top-level-");
        try
        {
            new CorpusWriter(12, 7).Write(corpus.FullName);
            foreach (var file in Directory.EnumerateFiles(corpus.FullName, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(12))
            {
                bodies.Add(FrontMatter.Split(File.ReadAllText(file)).Body, false);
            }
        }
        finally
        {
            corpus.Delete(recursive: true);
        }
        foreach (var (body, allowHtml) in Tricky)
        {
            bodies.Add(body, allowHtml);
        }
        return bodies;
    }

    private static readonly (string Body, bool AllowHtml)[] Tricky =
    [
        ("### 見出し（###から）\n\n本文、行の\n途中で改行。\n\n---\n\n## 次の節\n\n- 一\n  - 入れ子\n- 二\n", false),
        ("## 表\n\n| 番号 | 委託先 |\n| --- | --- |\n| 1 | A社 &amp; B社 |\n| 2 | `<code>` |\n", false),
        ("## 記号\n\n&lt;script&gt; &copy; &#x41; &nbsp;空白 < > & \"引用\" 'single'\n\n```html\n<div class=\"stack-label\">コード</div>\n```\n", false),
        ("> 引用の\n> 段落\n\n1. 番号\n2. 付き\n\n**太字**と*斜体*と[リンク](https://example.jp/?a=1&b=2 \"題\")\n", false),
        ("## 生のHTML\n\n<div class=\"note\" data-class=\"stack-label\">注記<br>改行<img src=\"/a.png\" alt=\"図\"></div>\n\n<!-- コメント -->\n\n<p>段落 <span class=\"x stack-label\">ラベル</span>値</p>\n", true),
        ("<table><tr><td>セル</td></tr></table>\n\n<details><summary>要約</summary>\n\n詳細\n\n</details>\n", true),
        ("本文\r\n二行目\r\n\r\n## 見出し\r\n\r\n末尾\r\n", false),
        ("", false),
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Reads_each_top_level_element_as_an_HTML_parser_does(string body, bool allowHtml)
    {
        var html = Markdig.Markdown.ToHtml(body, MarkdownPipelines.For(allowHtml));

        Assert.Equal(AsAParserReadsIt(html), TopLevelText.Of(html));
    }

    [Fact]
    public void A_table_label_drawn_for_phones_is_not_part_of_the_text()
    {
        var html = Markdig.Markdown.ToHtml("| 番号 | 委託先 |\n| --- | --- |\n| 1 | A社 |\n", MarkdownPipelines.For(allowHtml: false));

        var (_, text) = Assert.Single(TopLevelText.Of(html));

        Assert.Contains("A社", text);
        Assert.DoesNotContain("委託先A社", text);
    }

    private static List<(string Name, string Text)> AsAParserReadsIt(string html)
    {
        using var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        foreach (var label in document.QuerySelectorAll(".stack-label").ToList())
        {
            label.Remove();
        }
        return document.Body!.Children.Select(e => (e.LocalName, e.TextContent)).ToList();
    }
}
