using Disclosure.Tests.Support;

namespace Disclosure.Tests.Security;

/// <summary>
/// Redaction markup in Markdown where it cannot take effect — code, a link's address or title, raw HTML — or
/// written so that it is not recognised, would publish its words as they stand: each is an error at its line. An
/// example of the syntax is written with a backslash before it and shown without it.
/// </summary>
public sealed class UnappliedRedactionTests
{
    private const string Words = "株式会社ひみつ情報処理";

    public static TheoryData<string, string, int> Unapplied => new()
    {
        // case, body (line 5 is the first body line of a news item), expected line
        { "a code span", $"本文。\n\n`{{{{redact 理由|{Words}}}}}`\n", 7 },
        { "a fenced code block", $"```\n一行目\n{{{{redact 理由|{Words}}}}}\n```\n", 7 },
        { "a block marker in fenced code", $"```\n::: redact 理由\n{Words}\n:::\n```\n", 6 },
        { "an indented code block", $"本文。\n\n    {{{{redact 理由|{Words}}}}}\n", 7 },
        { "a fenced code info string", $"```{{{{redact|{Words}}}}}\nx\n```\n", 5 },
        { "a link URL", $"[資料](https://example.jp/{{{{redact|{Words}}}}})\n", 5 },
        { "a link title", $"[資料](/news/ \"{{{{redact 理由|{Words}}}}}\")\n", 5 },
        { "an autolink", $"<https://example.jp/{{{{redact|{Words}}}}}>\n", 5 },
        { "a reference definition", $"[資料][r]\n\n[r]: https://example.jp/ \"{{{{redact 理由|{Words}}}}}\"\n", 7 },
        { "no bar between reason and words", $"本文。\n{{{{redact 理由 {Words}}}}}\n", 6 },
        { "no closing braces", $"委託先は{{{{redact 理由|{Words}。\n", 5 },
        { "full-width braces and bar", $"委託先は｛｛非公開 理由｜{Words}｝｝。\n", 5 },
        { "upper case", $"委託先は{{{{REDACT 理由|{Words}}}}}。\n", 5 },
        { "an invisible character in the keyword", $"委託先は{{{{red\u200Bact 理由|{Words}}}}}。\n", 5 },
        { "broken up by emphasis", $"委託先は{{{{re*d*act 理由|{Words}}}}}。\n", 5 },
        { "a block marker with spaces between its colons", $"本文。\n\n: : : redact 理由\n{Words}\n", 7 },
        { "a block marker with an invisible character between its colons", $"本文。\n\n:\u200B:: 非公開\n{Words}\n", 7 },
        { "a block marker broken up by emphasis", $"本文。\n\n:*:*: redact 理由\n{Words}\n", 7 },
    };

    [Theory]
    [MemberData(nameof(Unapplied))]
    public async Task Markup_that_cannot_take_effect_is_an_error_at_its_line(string where, string body, int line)
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News(body)));

        var result = await site.BuildFailingAsync();

        var errors = result.Diagnostics.Where(d => d.Message.Contains("非公開の印")).ToList();
        Assert.True(errors.Count > 0, $"Nothing reported for {where}:\n" + string.Join("\n", result.Diagnostics));
        Assert.All(errors, e => Assert.Equal(site.DisplayPath("news/n.md"), e.Path));
        Assert.Contains(errors, e => e.Line == line);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain(Words, d.Message));
    }

    [Fact]
    public async Task Markup_in_raw_html_is_an_error_on_a_site_that_allows_html()
    {
        using var site = TempSite.With(SampleContent.SiteYml(allowHtml: true),
            ("news/n.md", SampleContent.News($"<div title=\"{{{{redact 理由|{Words}}}}}\">本文</div>\n\n<span>{{{{redact 理由|{Words}}}}}</span>\n")));

        var result = await site.BuildFailingAsync();

        Assert.Contains(result.Diagnostics, d => d.Line == 5 && d.Message.Contains("HTMLの中"));
    }

    [Fact]
    public async Task Examples_written_with_a_backslash_are_shown_without_it()
    {
        const string body = """
            本文では \{{redact 理由|語句}} と書きます。ブロックは \::: redact 理由 で始めます。

            コードでは `\{{redact 理由|語句}}` と書きます。

            ```
            \::: redact 理由
            非公開にする段落
            :::
            ```
            """;
        using var site = TempSite.With(("pages/about.md", SampleContent.Page(body)));

        await site.BuildSuccessfullyAsync();

        var page = site.ReadOutput("pages/about/index.html");
        Assert.Contains("本文では {{redact 理由|語句}} と書きます。ブロックは ::: redact 理由 で始めます。", page);
        Assert.Contains("<code>{{redact 理由|語句}}</code>", page);
        Assert.Contains("::: redact 理由\n非公開にする段落\n:::", page);
        Assert.DoesNotContain("\\{{", page);
        Assert.DoesNotContain("\\:::", page);
    }

    [Fact]
    public async Task Markup_that_takes_effect_is_not_reported()
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News($"委託先は{{{{redact 理由|{Words}}}}}、{{{{非公開 理由｜別の語句}}}}です。\n\n::: redact 理由\n{Words}の段落\n:::\n")));

        await site.BuildSuccessfullyAsync();

        LeakAssert.Nowhere(site.OutputDirectory, Words);
        LeakAssert.Nowhere(site.OutputDirectory, "別の語句");
    }
}
