using Disclosure.Tests.Support;

namespace Disclosure.Tests.Privacy;

/// <summary>Redacted passages are replaced by a visible placeholder and their words reach no output file.</summary>
public sealed class RedactionRenderingTests
{
    private const string Secret = "株式会社ひみつ情報処理";
    private const string BlockSecret = "サーバー室は本庁舎地下二階の東側にある";

    [Fact]
    public async Task Block_and_inline_redactions_show_a_placeholder_and_their_words_are_nowhere()
    {
        using var site = TempSite.With(("meetings/m.md", $$$"""
            ---
            title: 第1回部会
            date: 2026-10-01
            place: 会議室
            ---
            委託先は{{redact 法人情報のため|{{{Secret}}}}}です。

            ::: redact 施設の安全のため
            {{{BlockSecret}}}。
            **入退室**の記録も残している。
            :::

            ::: 非公開
            理由を書かない非公開部分。
            :::
            """));

        await site.BuildSuccessfullyAsync();

        var html = site.ReadOutput("meetings/m/index.html");
        Assert.Contains("<span class=\"redacted\">（非公開：法人情報のため）</span>", html);
        Assert.Contains("<p class=\"redacted\">（非公開：施設の安全のため）</p>", html);
        Assert.Contains("<p class=\"redacted\">（非公開）</p>", html);
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("ひみつ情報処理", text);
            Assert.DoesNotContain("本庁舎地下二階", text);
            Assert.DoesNotContain("入退室", text);
            Assert.DoesNotContain("理由を書かない", text);
        }
    }

    [Fact]
    public async Task A_redaction_in_a_table_header_is_its_placeholder_in_the_column_labels_and_its_words_are_nowhere()
    {
        using var site = TempSite.With(("meetings/m.md", $$$"""
            ---
            title: 第1回部会
            date: 2026-10-01
            place: 会議室
            ---
            ## 委託の状況

            | 番号 | {{redact 法人情報のため|{{{Secret}}}}}の作業 |
            | --- | --- |
            | 1 | 保守 |
            | 2 | 運用 |
            """));

        await site.BuildSuccessfullyAsync();

        var html = site.ReadOutput("meetings/m/index.html");
        Assert.Equal(2, html.Split("aria-hidden=\"true\" data-pagefind-ignore>（非公開：法人情報のため）の作業</span>").Length - 1);
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("ひみつ情報処理", File.ReadAllText(file));
        }
    }

    [Fact]
    public async Task A_redaction_inside_a_heading_keeps_its_words_out_of_the_heading_id_and_the_table_of_contents()
    {
        using var site = TempSite.With(("pages/p.md", $$$"""
            ---
            title: ページ
            ---
            ## {{redact 個人情報|山田太郎}}氏の意見

            本文。

            ## 二つ目の見出し

            本文。
            """));

        await site.BuildSuccessfullyAsync();

        var html = site.ReadOutput("pages/p/index.html");
        Assert.DoesNotContain("山田太郎", html);
        Assert.DoesNotContain(Uri.EscapeDataString("山田太郎"), html);
        Assert.Contains("id=\"氏の意見\"", html);
    }

    [Fact]
    public async Task An_unclosed_block_is_an_error_on_its_opening_line()
    {
        using var site = TempSite.With(("pages/p.md", """
            ---
            title: ページ
            ---
            前文。

            ::: redact 理由
            閉じ忘れた非公開部分。
            """));

        var result = await site.BuildFailingAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Message.Contains(":::"));
        Assert.Equal(site.DisplayPath("pages/p.md"), error.Path);
        Assert.Equal(6, error.Line);
    }
}
