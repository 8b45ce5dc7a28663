using System.Text.RegularExpressions;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Html;
using Disclosure.Markdown;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Markdown;

/// <summary>
/// Whatever level a body's headings start at, the page's outline goes h1 (the title), h2, h3… without a gap; a gap in
/// the body is a warning at its line and is closed up; the table of contents and the sections come from the top level.
/// </summary>
public sealed partial class HeadingLevelsTests
{
    private const string Path = "assessments/a.md";
    private const int BodyFirstLine = 10;

    private readonly DiagnosticBag _diagnostics = new();

    private RenderedMarkdown Render(string body)
    {
        var page = new FreePage
        {
            Core = new()
            {
                Id = "a", Source = Parsing.File(Path, ""), Title = "評価書", Header = "", Body = body, BodyFirstLine = BodyFirstLine,
            },
        };
        return new MarkdownRenderer(MarkdownPipelines.For(allowHtml: false), new Dictionary<string, string>(), _diagnostics).Render(page);
    }

    /// <summary>The levels of the headings in the HTML, in order, with their text.</summary>
    private static List<string> Outline(string html) =>
        Heading().Matches(html).Select(m => $"h{m.Groups["level"].Value} {m.Groups["text"].Value}").ToList();

    private List<Diagnostic> Warnings() => _diagnostics.Sorted().Where(d => d.Severity == DiagnosticSeverity.Warning).ToList();

    [Fact]
    public void A_body_whose_headings_start_at_three_marks_is_shown_from_h2()
    {
        var rendered = Render("### Ⅰ 基本情報\n\n#### 1. 事務の内容\n\n#### 2. 使用するシステム\n\n### Ⅱ ファイルの概要\n");

        Assert.Equal(["h2 Ⅰ 基本情報", "h3 1. 事務の内容", "h3 2. 使用するシステム", "h2 Ⅱ ファイルの概要"], Outline(rendered.Html));
        Assert.Empty(_diagnostics.Sorted());
    }

    [Fact]
    public void The_site_search_gets_the_words_of_the_headings_shown_as_h2_to_h4_as_they_are_shown()
    {
        var rendered = Render("### Ⅰ 基本情報\n\n#### 事務の内容\n\n##### 委託先は{{redact 競争上の地位|株式会社○○}}\n\n###### 細目\n");

        Assert.Equal(["Ⅰ 基本情報", "事務の内容", "委託先は（非公開：競争上の地位）"], rendered.SearchHeadings);
        Assert.DoesNotContain("株式会社", string.Join(' ', rendered.SearchHeadings));
    }

    [Fact]
    public void Sections_and_table_of_contents_come_from_the_top_level_whatever_it_is()
    {
        var rendered = Render("### Ⅰ 基本情報\n\n#### 事務の内容\n\n##### 細目\n\n### Ⅱ ファイルの概要\n");

        Assert.Equal(["Ⅰ 基本情報", "Ⅱ ファイルの概要"], rendered.Sections);
        Assert.Equal([(2, "Ⅰ 基本情報"), (3, "事務の内容"), (2, "Ⅱ ファイルの概要")], rendered.Headings.Select(h => (h.Level, h.Text)));
        var page = TableOfContents.Fill("<nav class=\"toc\" data-toc><h2>目次</h2></nav>", rendered.Headings);
        Assert.Contains("<a href=\"#i-基本情報\">Ⅰ 基本情報</a><ol><li><a href=\"#事務の内容\">事務の内容</a>", page);
        Assert.Contains("<a href=\"#ii-ファイルの概要\">Ⅱ ファイルの概要</a>", page);
    }

    [Fact]
    public void A_skipped_level_is_a_warning_at_its_line_and_is_closed_up()
    {
        var rendered = Render("## 議事\n\n本文\n\n#### 質疑\n\n### 報告\n");

        Assert.Equal(["h2 議事", "h3 質疑", "h3 報告"], Outline(rendered.Html));
        var warning = Assert.Single(Warnings());
        Assert.Equal("content/" + Path, warning.Path);
        Assert.Equal(BodyFirstLine + 4, warning.Line);
        Assert.Equal("見出しの段が飛んでいます（「##」の次が「####」）。「###」にしてください。ページでは一段下の見出しとして表示します。", warning.Message);
    }

    [Fact]
    public void Each_heading_that_skips_a_level_is_reported_and_siblings_stay_siblings()
    {
        var rendered = Render("## A\n\n#### B\n\n#### C\n\n##### D\n\n## E\n");

        Assert.Equal(["h2 A", "h3 B", "h3 C", "h4 D", "h2 E"], Outline(rendered.Html));
        Assert.Equal([BodyFirstLine + 2, BodyFirstLine + 4], Warnings().Select(w => w.Line));
    }

    [Fact]
    public void A_first_heading_below_the_top_level_is_a_skip_from_the_title()
    {
        var rendered = Render("#### 前置き\n\n### 本題\n");

        Assert.Equal(["h2 前置き", "h2 本題"], Outline(rendered.Html));
        var warning = Assert.Single(Warnings());
        Assert.Equal(BodyFirstLine, warning.Line);
        Assert.Contains("「###」の見出しがありません", warning.Message);
    }

    [Fact]
    public void A_level_one_heading_in_the_body_does_not_make_a_second_h1()
    {
        var rendered = Render("# 概要\n\n## 詳細\n\n###### 最も深い\n");

        Assert.Equal(["h2 概要", "h3 詳細", "h4 最も深い"], Outline(rendered.Html));
        Assert.Single(Warnings());
    }

    [Fact]
    public void Six_levels_below_a_level_one_heading_stop_at_h6()
    {
        var rendered = Render("# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6\n");

        Assert.Equal(["h2 1", "h3 2", "h4 3", "h5 4", "h6 5", "h6 6"], Outline(rendered.Html));
        Assert.Empty(_diagnostics.Sorted());
    }

    [Fact]
    public void Heading_ids_and_the_nearest_heading_of_a_table_see_the_levels_shown()
    {
        var rendered = Render("### 委託の状況\n\n| 委託先 | 内容 |\n| --- | --- |\n| A社 | 運用 |\n");

        Assert.Contains("<h2 id=\"委託の状況\">委託の状況</h2>", rendered.Html);
        Assert.Contains(">委託の状況（表1）</caption>", rendered.Html);
    }

    [GeneratedRegex(@"<h(?<level>[1-6])[^>]*>(?<text>[^<]*)</h\k<level>>")]
    private static partial Regex Heading();
}
