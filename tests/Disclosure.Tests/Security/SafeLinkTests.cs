using Disclosure.Tests.Support;

namespace Disclosure.Tests.Security;

/// <summary>
/// Only links that go somewhere are written: relative, #fragment, http, https, mailto, tel. A link that would run
/// something, in any disguise Markdown or a browser allows, is an error at its line; the page is not written.
/// </summary>
public sealed class SafeLinkTests
{
    public static TheoryData<string, string, int> Unsafe => new()
    {
        // case, body (line 5 is the first body line), expected line
        { "javascript:", "[a](javascript:alert(1))\n", 5 },
        { "mixed case", "[a](JaVaScRiPt:alert(1))\n", 5 },
        { "entity-encoded colon", "[a](javascript&#58;alert(1))\n", 5 },
        { "entity-encoded letters", "[a](&#106;avascript:alert(1))\n", 5 },
        { "double-encoded entity", "[a](javascript&amp;#58;alert(1))\n", 5 },
        { "leading space", "[a]( javascript:alert(1))\n", 5 },
        { "tab inside the scheme", "[a](<java\tscript:alert(1)>)\n", 5 },
        { "reference definition", "[a][x]\n\n[x]: javascript:alert(1)\n", 5 },
        { "unused reference definition", "本文。\n\n[x]: javascript:alert(1)\n", 7 },
        { "autolink", "<javascript:alert(1)>\n", 5 },
        { "image", "![a](javascript:alert(1))\n", 5 },
        { "data: HTML", "[a](data:text/html,<script>alert(1)</script>)\n", 5 },
        { "data: base64", "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n", 5 },
        { "vbscript:", "[a](vbscript:msgbox(1))\n", 5 },
        { "file:", "[a](file:///etc/passwd)\n", 5 },
        { "on a later line", "本文。\n\n本文。\n\n[a](javascript:alert(1))\n", 9 },
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task A_link_that_runs_something_is_an_error_at_its_line(string disguise, string body, int line)
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News(body)));

        var result = await site.BuildFailingAsync();

        var errors = result.Diagnostics.Where(d => d.Message.Contains("リンク先に")).ToList();
        Assert.True(errors.Count > 0, $"{disguise}: nothing reported:\n" + string.Join("\n", result.Diagnostics));
        Assert.All(errors, e => Assert.Equal(site.DisplayPath("news/n.md"), e.Path));
        Assert.True(errors.Any(e => e.Line == line), $"{disguise}: reported on lines {string.Join(", ", errors.Select(e => e.Line))}, expected {line}");
    }

    [Fact]
    public async Task Safe_links_are_written()
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News(
            "[a](/news/) [b](#連絡先) [c](https://example.jp/) [d](http://example.jp/) [e](mailto:hogo@city.example) [f](tel:0300000000) [g](../)\n\n## 連絡先\n")));

        await site.BuildSuccessfullyAsync();

        var page = site.ReadOutput("news/n/index.html");
        Assert.Contains("href=\"mailto:hogo@city.example\"", page);
        Assert.Contains("href=\"tel:0300000000\"", page);
    }

    [Theory]
    [InlineData("comment_endpoint: \"javascript:alert(1)\"", "comment_endpoint")]
    [InlineData("license:\n  name: CC BY\n  url: \"javascript:alert(1)\"", "url")]
    public async Task A_site_setting_that_becomes_a_link_must_be_a_web_address(string setting, string field)
    {
        using var site = TempSite.With(SampleContent.SiteYml().Replace("comment_endpoint: http://127.0.0.1:5080", setting));

        var result = await site.BuildFailingAsync();

        DiagnosticAssert.SingleError(result, site.DisplayPath("site.yml"), $"「{field}」");
    }

    [Fact]
    public async Task No_unsafe_address_reaches_any_page_of_a_failed_build()
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News("[a](javascript:alert(1))\n")));

        await site.BuildFailingAsync();

        Assert.False(Directory.Exists(site.OutputPath("news")));
    }
}
