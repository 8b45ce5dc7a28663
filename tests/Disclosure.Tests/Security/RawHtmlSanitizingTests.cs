using Disclosure.Tests.Support;

namespace Disclosure.Tests.Security;

/// <summary>
/// On a site that allows raw HTML, HTML goes through a maintained sanitizer: structure and formatting kept;
/// scripts, event handlers, forms and unsafe links dropped, each drop a warning at its line.
/// </summary>
public sealed class RawHtmlSanitizingTests
{
    [Fact]
    public async Task Scripts_handlers_forms_and_unsafe_links_are_dropped_with_a_warning_each()
    {
        const string body = """
            <div class="note"><strong>お知らせ</strong>の枠です。</div>

            <script>alert('script')</script>

            <p>画像 <img src="/assets/site.css" alt="図" onerror="alert('handler')"> と <a href="javascript:alert('link')">リンク</a></p>

            <form action="https://evil.example/"><input name="mynumber"></form>
            """;
        using var site = TempSite.With(SampleContent.SiteYml(allowHtml: true), ("news/n.md", SampleContent.News(body)));

        var result = await site.BuildSuccessfullyAsync();

        var page = site.ReadOutput("news/n/index.html");
        Assert.Contains("<div class=\"note\"><strong>お知らせ</strong>の枠です。</div>", page);
        Assert.Contains("alt=\"図\"", page);
        foreach (var dropped in new[] { "alert(", "onerror", "javascript:", "<form", "<input", "evil.example" })
        {
            Assert.DoesNotContain(dropped, page);
        }
        var warnings = result.Diagnostics.Where(d => d.Message.Contains("を取り除いて公開します")).ToList();
        Assert.Contains(warnings, w => w.Line == 7 && w.Message.Contains("<script>"));
        Assert.Contains(warnings, w => w.Line == 9 && w.Message.Contains("onerror"));
        Assert.Contains(warnings, w => w.Line == 9 && w.Message.Contains("href"));
        Assert.Contains(warnings, w => w.Line == 11 && w.Message.Contains("<form>"));
    }

    [Fact]
    public async Task Without_allow_html_tags_are_shown_as_text()
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News("<script>alert(1)</script>\n")));

        await site.BuildSuccessfullyAsync();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", site.ReadOutput("news/n/index.html"));
    }
}
