using Disclosure.Tests.Support;

namespace Disclosure.Tests.Privacy;

/// <summary>
/// Adversarial cases: the redacted words also occur somewhere the redaction does not cover. The build must fail,
/// name the file, point at the redaction's line, and leave the previous output untouched.
/// </summary>
public sealed class RedactionLeakTests
{
    private const string Secret = "株式会社ひみつ情報処理";

    private static string Minutes(string extraBody = "", string title = "第1回部会") => $$$"""
        ---
        title: {{{title}}}
        date: 2026-10-01
        place: 会議室
        ---
        委託先は{{redact 法人情報のため|{{{Secret}}}}}です。
        {{{extraBody}}}
        """;

    public static TheoryData<string, string, string> Leaks => new()
    {
        // case, file to write, its text
        { "the title of another page", "news/n.md", $"---\ntitle: {Secret}との契約について\ndate: 2026-10-01\n---\n本文。\n" },
        { "an attribute (image alt text)", "news/n.md", $"---\ntitle: お知らせ\ndate: 2026-10-01\n---\n![{Secret}の社屋](/assets/site.css)\n" },
        { "a table cell", "news/n.md", $"---\ntitle: お知らせ\ndate: 2026-10-01\n---\n| 項目 | 内容 |\n| --- | --- |\n| 委託先 | {Secret} |\n" },
        { "a footnote", "news/n.md", $"---\ntitle: お知らせ\ndate: 2026-10-01\n---\n本文[^1]。\n\n[^1]: {Secret}による。\n" },
        { "a link text", "news/n.md", $"---\ntitle: お知らせ\ndate: 2026-10-01\n---\n[{Secret}](/meetings/m/)\n" },
        { "a heading id", "news/n.md", $"---\ntitle: お知らせ\ndate: 2026-10-01\n---\n## {Secret}\n\n本文。\n" },
        { "full-width spacing and half-width variants", "news/n.md", "---\ntitle: お知らせ\ndate: 2026-10-01\n---\n株式会社 ひみつ　情報処理の件。\n" },
        { "an HTML-entity-encoded copy", "news/n.md", "---\ntitle: お知らせ\ndate: 2026-10-01\n---\n" + string.Concat(Secret.Select(c => $"&#{(int)c};")) + "\n" },
        { "a URL-encoded link", "news/n.md", $"---\ntitle: お知らせ\ndate: 2026-10-01\n---\n[会社](https://example.jp/?q={Uri.EscapeDataString(Secret)})\n" },
    };

    [Theory]
    [MemberData(nameof(Leaks))]
    public async Task A_redacted_passage_found_elsewhere_fails_the_build(string where, string path, string text)
    {
        using var site = TempSite.With(("meetings/m.md", Minutes()), (path, text));

        var result = await site.BuildFailingAsync();

        var leak = result.Diagnostics.Where(d => d.Message.Contains("非公開部分の文言")).ToList();
        Assert.True(leak.Count > 0, $"No leak was reported for {where}:\n" + string.Join("\n", result.Diagnostics));
        Assert.All(leak, d => Assert.Equal(site.DisplayPath("meetings/m.md"), d.Path));
        Assert.All(leak, d => Assert.Equal(6, d.Line));
        Assert.Contains(leak, d => d.Message.Contains("news/n/index.html"));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("ひみつ", d.Message));
    }

    [Fact]
    public async Task A_redacted_passage_in_a_json_escaped_data_file_is_found()
    {
        // The data file carries comment-period titles with JSON escapes for non-ASCII characters here.
        using var site = TempSite.With(
            ("meetings/m.md", Minutes()),
            ("assessments/a.md", SampleContent.Assessment()),
            ("comment-periods/p.yml", SampleContent.CommentPeriodYml("a", title: $"{Secret}への意見募集")));

        var result = await site.BuildFailingAsync();

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("data/comment-periods.json"));
    }

    [Fact]
    public async Task A_redacted_passage_in_a_copied_attachment_is_found()
    {
        using var site = TempSite.With(
            ("meetings/m.md", Minutes()),
            ("assessments/a/index.md", SampleContent.Assessment(extraFields: ["attachments:", "  - title: 資料", "    file: notes.txt"])));
        site.Write("assessments/a/notes.txt", $"契約の相手は {Secret} です。");

        var result = await site.BuildFailingAsync();

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("assessments/a/notes.txt"));
    }
}
