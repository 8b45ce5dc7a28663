using Disclosure.Tests.Support;

namespace Disclosure.Tests.Security;

/// <summary>
/// No content crashes the build: characters, dates, nesting and sizes that would break a feed, a calendar or the
/// Markdown parser are errors at their file and line, the output is left as it was, and nothing is thrown.
/// </summary>
public sealed class HostileContentTests
{
    [Theory]
    [InlineData('\0')]
    [InlineData('\u0007')]
    [InlineData('\u007F')]
    [InlineData('\u0085')]
    [InlineData('\uFFFE')]
    public async Task A_control_character_in_a_field_is_an_error_at_its_line_and_column(char control)
    {
        using var site = TempSite.With(("news/n.md", $"---\ntitle: お知{control}らせ\ndate: 2026-10-01\n---\n本文。\n"));

        var result = await site.BuildFailingAsync();

        var error = DiagnosticAssert.SingleError(result, site.DisplayPath("news/n.md"), $"U+{(int)control:X4}");
        Assert.Equal(2, error.Line);
        Assert.Equal(10, error.Column);
    }

    [Theory]
    [InlineData("\"お知\\0らせ\"")]
    [InlineData("\"お知\\x07らせ\"")]
    [InlineData("\"お知\\u0085らせ\"")]
    public async Task A_control_character_written_as_a_yaml_escape_is_an_error(string title)
    {
        using var site = TempSite.With(("news/n.md", $"---\ntitle: {title}\ndate: 2026-10-01\n---\n本文。\n"));

        var result = await site.BuildFailingAsync();

        Assert.Equal(2, DiagnosticAssert.SingleError(result, site.DisplayPath("news/n.md"), "制御文字").Line);
    }

    [Fact]
    public async Task A_control_character_written_as_an_entity_in_markdown_does_not_break_the_build()
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News("本文&#1;と&#0;と&#x7F;。\n")));

        var result = await site.BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("内部エラー"));
        if (result.Succeeded)
        {
            System.Xml.Linq.XDocument.Load(site.OutputPath("feed.xml"));
        }
    }

    [Fact]
    public async Task A_control_character_in_a_body_is_an_error_too()
    {
        using var site = TempSite.With(("meetings/m.md", SampleContent.Meeting("一行目。\n二行目\0。\n")));

        var result = await site.BuildFailingAsync();

        Assert.Equal(7, DiagnosticAssert.SingleError(result, site.DisplayPath("meetings/m.md"), "U+0000").Line);
    }

    [Theory]
    [InlineData("meetings/m.md", "9999-12-31")]
    [InlineData("meetings/m.md", "0001-01-01")]
    [InlineData("news/n.md", "9999-12-31")]
    public async Task A_date_the_calendar_cannot_hold_is_an_error(string path, string date)
    {
        var text = path.StartsWith("meetings", StringComparison.Ordinal) ? SampleContent.Meeting(date: date) : SampleContent.News(date: date);
        using var site = TempSite.With((path, text));

        var result = await site.BuildFailingAsync();

        Assert.Equal(3, DiagnosticAssert.SingleError(result, site.DisplayPath(path), "2999").Line);
    }

    [Fact]
    public async Task A_comment_period_closing_in_year_9999_is_an_error()
    {
        using var site = TempSite.With(
            ("assessments/a.md", SampleContent.Assessment()),
            ("comment-periods/p.yml", SampleContent.CommentPeriodYml("a", closes: "9999-12-31")));

        var result = await site.BuildFailingAsync();

        Assert.Equal(4, DiagnosticAssert.SingleError(result, site.DisplayPath("comment-periods/p.yml"), "「closes」").Line);
    }

    public static TheoryData<string, string, int> DeepMarkdown => new()
    {
        // case, body (line 5 is the first body line), the line reported
        { "200 nested quotes (beyond Markdig's own limit)", "本文。\n\n" + new string('>', 200) + " 引用\n", 7 },
        { "100 nested lists (beyond Markdig's own limit)", "本文。\n\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- 項目\n")), 7 },
        { "300 open brackets", "本文。\n\n" + new string('[', 300) + "\n", 7 },
        { "40 nested quotes (within Markdig's limit, beyond ours)", "本文。\n\n" + new string('>', 40) + " 引用\n", 7 },
        { "200 nested quotes in a redacted passage", "本文。\n\n::: redact 理由\n" + new string('>', 200) + " 引用\n:::\n", 8 },
        { "200 nested quotes in a redacted passage left open", "本文。\n\n::: redact 理由\n" + string.Concat(Enumerable.Repeat("> ", 200)) + "引用\n", 8 },
        { "40 nested quotes in a redacted passage", "本文。\n\n::: redact 理由\n一行目\n" + new string('>', 40) + " 引用\n:::\n", 9 },
    };

    [Theory]
    [MemberData(nameof(DeepMarkdown))]
    public async Task Markdown_nested_beyond_the_limit_is_an_error_at_its_line(string what, string body, int line)
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News(body)));

        var result = await site.BuildFailingAsync();

        var error = DiagnosticAssert.SingleError(result, site.DisplayPath("news/n.md"), "入れ子");
        Assert.True(error.Line >= line, $"{what}: reported on line {error.Line}, expected from {line}");
    }

    [Fact]
    public async Task Ordinary_nesting_builds()
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News(new string('>', 8) + " 引用\n\n" + string.Concat(Enumerable.Range(0, 6).Select(i => new string(' ', 2 * i) + "- 項目\n")))));

        await site.BuildSuccessfullyAsync();
    }

    [Fact]
    public async Task Yaml_nested_a_hundred_thousand_levels_deep_is_an_error_not_a_stack_overflow()
    {
        using var site = TempSite.With(("news/n.md", $"---\ntitle: お知らせ\ndate: 2026-10-01\ntags: {new string('[', 100_000)}\n---\n本文。\n"));

        var result = await site.BuildFailingAsync();

        Assert.Equal(4, DiagnosticAssert.SingleError(result, site.DisplayPath("news/n.md"), "入れ子").Line);
    }

    [Fact]
    public async Task Yaml_nested_beyond_the_limit_is_an_error_at_its_line()
    {
        using var site = TempSite.With(("news/n.md", $"---\ntitle: お知らせ\ndate: 2026-10-01\ntags:\n  - {new string('[', 25)}x{new string(']', 25)}\n---\n本文。\n"));

        var result = await site.BuildFailingAsync();

        Assert.Equal(5, DiagnosticAssert.SingleError(result, site.DisplayPath("news/n.md"), "入れ子").Line);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_an_error()
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News(string.Concat(Enumerable.Repeat("長い本文の行です。\n", 90_000)))));

        var result = await site.BuildFailingAsync();

        Assert.Equal(1, DiagnosticAssert.SingleError(result, site.DisplayPath("news/n.md"), "2 MB").Line);
    }

    [Fact]
    public async Task Ids_that_differ_only_in_letter_case_are_an_error_naming_both_files()
    {
        using var site = TempSite.With(("news/Foo.md", SampleContent.News()), ("news/foo.md", SampleContent.News(title: "別のお知らせ")));

        var result = await site.BuildFailingAsync();

        foreach (var path in new[] { "news/Foo.md", "news/foo.md" })
        {
            var error = DiagnosticAssert.SingleError(result, site.DisplayPath(path), "大文字・小文字");
            Assert.Contains(site.DisplayPath("news/Foo.md"), error.Message);
            Assert.Contains(site.DisplayPath("news/foo.md"), error.Message);
        }
    }

    [Fact]
    public async Task A_folder_and_a_file_assessment_differing_in_case_are_an_error()
    {
        using var site = TempSite.With(("assessments/Kokuho/index.md", SampleContent.Assessment()), ("assessments/kokuho.md", SampleContent.Assessment()));

        var result = await site.BuildFailingAsync();

        DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/kokuho.md"), "大文字・小文字");
    }

    [Theory]
    [InlineData("By-Status", "published")]
    [InlineData("by-status", "draft")]
    [InlineData("page", "published")]
    public async Task A_document_named_like_a_site_page_is_one_error_whatever_its_case_or_status(string id, string status)
    {
        using var site = TempSite.With(($"assessments/{id}.md", SampleContent.Assessment(status: status)), ("assessments/b.md", SampleContent.Assessment()));

        var result = await site.BuildFailingAsync();

        DiagnosticAssert.SingleError(result, site.DisplayPath($"assessments/{id}.md"), "重なります");
        Assert.Equal(1, result.ErrorCount);
    }

    [Fact]
    public async Task Tags_that_differ_only_in_case_or_width_are_an_error()
    {
        using var site = TempSite.With(
            ("assessments/a.md", SampleContent.Assessment(extraFields: ["tags: [IT, 税]"])),
            ("assessments/b.md", SampleContent.Assessment(extraFields: ["tags: [ＩＴ]"])),
            ("assessments/c.md", SampleContent.Assessment(extraFields: ["tags: [it]"])));

        var result = await site.BuildFailingAsync();

        Assert.Contains(site.DisplayPath("assessments/a.md"), DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/b.md"), "「ＩＴ」").Message);
        DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/c.md"), "「it」");
    }

    [Fact]
    public async Task A_tag_too_long_for_a_folder_name_is_an_error()
    {
        using var site = TempSite.With(("assessments/a.md", SampleContent.Assessment(extraFields: [$"tags: [{new string('税', 200)}]"])));

        var result = await site.BuildFailingAsync();

        DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a.md"), "タグが長すぎます");
    }

    [Theory]
    [InlineData("index.html", "ブラウザー")]
    [InlineData("page.htm", "ブラウザー")]
    [InlineData("figure.svg", "ブラウザー")]
    [InlineData("feed.xml", "ブラウザー")]
    [InlineData("script.js", "ブラウザー")]
    [InlineData("Revisions", "サイトが使います")]
    public async Task An_attachment_a_browser_would_run_or_that_takes_a_name_the_build_uses_is_refused(string file, string message)
    {
        using var site = TempSite.With(("assessments/a/index.md", SampleContent.Assessment(extraFields: ["attachments:", "  - title: 資料", $"    file: {file}"])));
        site.Write($"assessments/a/{file}", "<script>alert(1)</script>");

        var result = await site.BuildFailingAsync();

        Assert.Equal(11, DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a/index.md"), message).Line);
    }

    [Fact]
    public async Task Attachments_differing_only_in_case_are_an_error()
    {
        using var site = TempSite.With(("assessments/a/index.md", SampleContent.Assessment(extraFields:
            ["attachments:", "  - title: 資料", "    file: Notes.txt", "  - title: 資料2", "    file: notes.txt"])));
        site.Write("assessments/a/Notes.txt", "一");
        site.Write("assessments/a/notes.txt", "二");

        var result = await site.BuildFailingAsync();

        Assert.Equal(13, DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a/index.md"), "大文字・小文字").Line);
    }

    [Theory]
    [InlineData("email: hogo@city.example", "email: \"a\\tb\"", "「email」")]
    [InlineData("email: hogo@city.example", "email: \"hogo@city.example?subject=x\\\"><script>\"", "「email」")]
    [InlineData("phone: \"03-0000-0000\"", "phone: \"javascript:alert(1)\"", "「phone」")]
    public async Task A_contact_that_becomes_a_link_must_be_an_address_or_a_number(string field, string value, string message)
    {
        using var site = TempSite.With(SampleContent.SiteYml().Replace(field, value));

        var result = await site.BuildFailingAsync();

        DiagnosticAssert.SingleError(result, site.DisplayPath("site.yml"), message);
    }

    [Fact]
    public async Task A_link_dotnet_cannot_parse_is_no_crash()
    {
        using var site = TempSite.With(("news/n.md", SampleContent.News("[メール](<mailto:a b@city.example>) [電話](<tel:03 0000>)\n")));

        await site.BuildSuccessfullyAsync();

        Assert.Contains("メール", site.ReadOutput("news/n/index.html"));
    }
}
