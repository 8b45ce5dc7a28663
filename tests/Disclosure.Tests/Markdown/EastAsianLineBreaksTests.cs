using System.Text;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;
using Disclosure.Markdown.Extensions.EastAsianLineBreaks;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Markdown;

/// <summary>
/// A line break inside a Japanese sentence is not a space: removed between two East Asian wide characters, kept
/// (shown as a space) beside a narrow character or Hangul, as goldmark's simple style does.
/// </summary>
public sealed class EastAsianLineBreaksTests
{
    private static string Html(string markdown, bool eastAsianLineBreaks = true, bool allowHtml = false) =>
        Markdig.Markdown.ToHtml(markdown, MarkdownPipelines.For(allowHtml, eastAsianLineBreaks));

    [Theory]
    [InlineData("市政情報室で\n閲覧できます", "<p>市政情報室で閲覧できます</p>")]
    [InlineData("評価書は、\n市政情報室で", "<p>評価書は、市政情報室で</p>")]
    [InlineData("全項目評価書（案）\nについて", "<p>全項目評価書（案）について</p>")]
    [InlineData("「アクセスログ」\nに統一", "<p>「アクセスログ」に統一</p>")]
    [InlineData("ｶﾅ\nｶﾅ", "<p>ｶﾅｶﾅ</p>")]
    [InlineData("𠮷野家の\n記録", "<p>𠮷野家の記録</p>")]
    public void A_break_between_two_wide_characters_disappears(string markdown, string html) =>
        Assert.Equal(html, Html(markdown).Trim());

    [Theory]
    [InlineData("ウェブ\nsite", "<p>ウェブ\nsite</p>")]
    [InlineData("令和7年\n4月1日", "<p>令和7年\n4月1日</p>")]
    [InlineData("HTTPS\nで暗号化", "<p>HTTPS\nで暗号化</p>")]
    [InlineData("access\nlog", "<p>access\nlog</p>")]
    [InlineData("以下のとおり。\n※注記", "<p>以下のとおり。\n※注記</p>")]
    [InlineData("한국어\n문장", "<p>한국어\n문장</p>")]
    [InlineData("日本語\n문장", "<p>日本語\n문장</p>")]
    public void A_break_beside_a_narrow_character_or_hangul_stays(string markdown, string html) =>
        Assert.Equal(html, Html(markdown).Trim());

    [Theory]
    [InlineData("**重要**\nです", "<p><strong>重要</strong>です</p>")]
    [InlineData("これは\n**重要**", "<p>これは<strong>重要</strong></p>")]
    [InlineData("[市政情報室](/pages/about/)\nへ", "<p><a href=\"/pages/about/\">市政情報室</a>へ</p>")]
    [InlineData("*強\n調*です", "<p><em>強調</em>です</p>")]
    [InlineData("`コード`\nの例", "<p><code>コード</code>の例</p>")]
    [InlineData("&#x3042;\nいう", "<p>あいう</p>")]
    public void The_neighbouring_characters_are_found_through_emphasis_links_code_and_entities(string markdown, string html) =>
        Assert.Equal(html, Html(markdown).Trim());

    [Fact]
    public void A_redacted_passage_at_the_end_of_a_line_is_joined_by_its_placeholder()
    {
        var html = Html("再委託先は{{redact 競争上の地位|株式会社○○}}\nである。");

        Assert.Equal("<p>再委託先は<span class=\"redacted\">（非公開：競争上の地位）</span>である。</p>", html.Trim());
    }

    [Fact]
    public void An_image_stops_the_search_for_a_neighbour()
    {
        Assert.Equal("<p><img src=\"/a.png\" alt=\"図\" />\nの説明</p>", Html("![図](/a.png)\nの説明").Trim());
    }

    [Fact]
    public void Hard_breaks_the_author_asked_for_stay()
    {
        Assert.Equal("<p>一行目<br />\n二行目</p>", Html("一行目  \n二行目").Trim());
        Assert.Equal("<p>一行目<br />\n二行目</p>", Html("一行目\\\n二行目").Trim());
    }

    [Fact]
    public void Turned_off_every_break_stays_as_in_CommonMark()
    {
        Assert.Equal("<p>市政情報室で\n閲覧できます</p>", Html("市政情報室で\n閲覧できます", eastAsianLineBreaks: false).Trim());
    }

    [Fact]
    public void The_rule_holds_in_lists_and_quotes_and_with_raw_html_allowed()
    {
        var html = Html("- 項目の\n  説明\n\n> 引用の\n> 文章\n", allowHtml: true);

        Assert.Contains("<li>項目の説明</li>", html);
        Assert.Contains("<p>引用の文章</p>", html);
    }

    [Fact]
    public void A_heading_written_over_two_lines_is_listed_joined_and_a_kept_break_as_a_space()
    {
        var page = new FreePage
        {
            Core = new() { Id = "p", Source = Parsing.File("pages/p.md", ""), Title = "p", Header = "", Body = "市政情報室の\n案内\n---\n\nHTTPS\nの話\n---\n\n本文\n" },
        };

        var rendered = new MarkdownRenderer(MarkdownPipelines.For(allowHtml: false), new Dictionary<string, string>(), new DiagnosticBag()).Render(page);

        Assert.Equal(["市政情報室の案内", "HTTPS の話"], rendered.Sections);
        Assert.Equal(["市政情報室の案内", "HTTPS の話"], rendered.Headings.Select(h => h.Text));
    }

    [Theory]
    [InlineData('漢', true)]
    [InlineData('か', true)]
    [InlineData('カ', true)]
    [InlineData('ｶ', true)]
    [InlineData('、', true)]
    [InlineData('（', true)]
    [InlineData('１', true)]
    [InlineData('　', true)]
    [InlineData('a', false)]
    [InlineData('1', false)]
    [InlineData('○', false)]
    [InlineData('…', false)]
    [InlineData('α', false)]
    public void Wide_means_wide_or_full_or_half_width_in_the_East_Asian_scripts(char character, bool wide) =>
        Assert.Equal(wide, EastAsianCharacters.IsWide(new Rune(character)));
}
