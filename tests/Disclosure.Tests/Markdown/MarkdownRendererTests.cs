using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Markdown;

/// <summary>Markdown rendering on its own, without templates: link rewriting, lines, sections and raw HTML.</summary>
public sealed class MarkdownRendererTests
{
    private readonly DiagnosticBag _diagnostics = new();

    private static FreePage Page(string relativePath, string body, int bodyFirstLine = 4) => new()
    {
        Core = new()
        {
            Id = Path.GetFileNameWithoutExtension(relativePath),
            Source = Parsing.File(relativePath, ""),
            Title = "ページ",
            Header = "",
            Body = body,
            BodyFirstLine = bodyFirstLine,
        },
    };

    private static Meeting Meeting(string id) => new()
    {
        Core = new() { Id = id, Source = Parsing.File($"meetings/{id}.md", ""), Title = "部会", Header = "" },
        Date = new DateOnly(2015, 8, 6),
        Place = "会議室",
    };

    private RenderedMarkdown Render(ContentDocument document, bool allowHtml = false, params ContentDocument[] others)
    {
        var pageBySource = others.Append(document).ToDictionary(d => d.Source.RelativePath, d => d.Url, StringComparer.Ordinal);
        return new MarkdownRenderer(MarkdownPipelines.For(allowHtml), pageBySource, _diagnostics).Render(document);
    }

    [Fact]
    public void SourceFileLinkBecomesTheUrlOfItsPage()
    {
        var rendered = Render(Page("pages/about.md", "[部会](../meetings/m.md#議事)"), others: Meeting("m"));

        Assert.Empty(_diagnostics.Sorted());
        Assert.Contains("href=\"/meetings/m/#", rendered.Html);
        var link = Assert.Single(rendered.Links);
        Assert.Equal(new MarkdownLink("../meetings/m.md#議事", "/meetings/m/#議事", 4), link);
    }

    [Fact]
    public void MissingSourceFileIsReportedOnTheLineOfTheLink()
    {
        Render(Page("pages/about.md", "一行目\n\n[部会](../meetings/nope.md)"));

        var error = Assert.Single(_diagnostics.Sorted());
        Assert.Equal("content/pages/about.md", error.Path);
        Assert.Equal(6, error.Line);
        Assert.Contains("../meetings/nope.md", error.Message);
    }

    [Fact]
    public void RelativeUrlBecomesSiteAbsolute()
    {
        var rendered = Render(Page("pages/about.md", "[評価書](../../assessments/x/)"));

        Assert.Contains("href=\"/assessments/x/\"", rendered.Html);
        Assert.Equal("/assessments/x/", Assert.Single(rendered.Links).SitePath);
    }

    [Fact]
    public void ExternalLinkIsLeftAlone()
    {
        var rendered = Render(Page("pages/about.md", "[委員会](https://www.ppc.go.jp/)"));

        Assert.Contains("href=\"https://www.ppc.go.jp/\"", rendered.Html);
        Assert.Null(Assert.Single(rendered.Links).SitePath);
    }

    [Fact]
    public void LevelTwoHeadingsAreTheSections()
    {
        var rendered = Render(Page("pages/about.md", "## Ⅰ 基本情報\n\n### 事務の内容\n\n## Ⅱ ファイルの概要\n"));

        Assert.Equal(new[] { "Ⅰ 基本情報", "Ⅱ ファイルの概要" }, rendered.Sections);
    }

    [Fact]
    public void RawHtmlIsShownAsTextUnlessAllowedAndThenSanitized()
    {
        const string body = "<script>alert(1)</script>\n\n本文 <b>太字</b>";

        var safe = Render(Page("pages/a.md", body), allowHtml: false);
        var withHtml = Render(Page("pages/a.md", body), allowHtml: true);

        Assert.DoesNotContain("<script>", safe.Html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", safe.Html);
        Assert.Contains("&lt;b&gt;", safe.Html);
        Assert.DoesNotContain("alert(1)", withHtml.Html);
        Assert.Contains("<b>太字</b>", withHtml.Html);
    }
}
