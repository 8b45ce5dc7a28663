using Disclosure.Tests.Support;

namespace Disclosure.Tests.Markdown;

/// <summary>Staff paste text from Word and web pages: a stray tag must show as text unless the site allows HTML.</summary>
public sealed class HtmlEscapingTests
{
    private const string Body = "\n<script>alert(1)</script>\n\n本文です。\n";

    [Fact]
    public async Task RawHtmlInMarkdownIsEscapedByDefault()
    {
        using var site = TempSite.With(SampleContent.SiteYml(allowHtml: false), ("assessments/x.md", SampleContent.Assessment(Body)));

        await site.BuildSuccessfullyAsync();

        var html = site.ReadOutput("assessments/x/index.html");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert(1)", html);
    }

    [Fact]
    public async Task RawHtmlInMarkdownIsKeptSanitizedWhenTheSiteAllowsIt()
    {
        using var site = TempSite.With(SampleContent.SiteYml(allowHtml: true),
            ("assessments/x.md", SampleContent.Assessment(Body + "\n<p class=\"lead\"><b>太字</b>の段落</p>\n")));

        await site.BuildSuccessfullyAsync();

        var html = site.ReadOutput("assessments/x/index.html");
        Assert.Contains("<p class=\"lead\"><b>太字</b>の段落</p>", html);
        Assert.DoesNotContain("alert(1)", html);
        Assert.DoesNotContain("&lt;script&gt;", html);
    }

    [Fact]
    public async Task MarkupInAYamlTitleIsEncodedEverywhereItIsShown()
    {
        using var site = TempSite.With(SampleContent.SiteYml(allowHtml: true),
            ("assessments/x.md", SampleContent.Assessment(title: "<b>x</b> を含む評価書")));

        await site.BuildSuccessfullyAsync();

        foreach (var page in new[] { "assessments/x/index.html", "assessments/index.html", "index.html" })
        {
            var html = site.ReadOutput(page);
            Assert.DoesNotContain("<b>x</b>", html);
            Assert.Contains("&lt;b&gt;x&lt;/b&gt; を含む評価書", html);
        }
        Assert.Equal("<b>x</b> を含む評価書", HtmlPage.Load(site.OutputPath("assessments/x/index.html")).QuerySelector("h1")?.TextContent);
    }
}
