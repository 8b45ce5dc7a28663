using Disclosure.Tests.Language;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Security;

/// <summary>
/// Redaction markup in YAML fields is applied — the placeholder shown on the page, in the feeds, the calendar and
/// the open data, the words nowhere — or, where it cannot be (ids, dates, tags, addresses), is an error that does not
/// repeat the words. Never published as written.
/// </summary>
public sealed class FieldRedactionTests
{
    private const string Secret = "株式会社ひみつ情報処理";
    private const string Place = "ひみつ分室";

    [Fact]
    public async Task Markup_in_text_fields_shows_the_placeholder_everywhere_and_the_words_nowhere()
    {
        using var site = TempSite.With(
            ("assessments/a.md", "---\n"
                + $"title: \"{{{{redact 法人情報のため|{Secret}}}}}の委託に関する評価書\"\n"
                + "kind: full\ndepartment: 健康保険課\n"
                + $"system: \"{{{{非公開 |{Secret}}}}}システム\"\n"
                + "affairs: テストに関する事務\nstatus: published\ndate: 2026-10-01\nschedule: s\n---\n本文。\n"),
            ("schedules/s.yml", "title: 日程\nassessment: a\nsteps:\n  - title: 点検\n    date: 2026-10-28\n    link: m\n"
                + $"    note: \"会場は{{{{redact 警備上の理由|{Place}}}}}\"\n"),
            ("meetings/m.md", "---\ntitle: 第1回部会\ndate: 2026-10-28\n"
                + $"place: \"{{{{redact 警備上の理由|{Place}}}}}\"\n"
                + $"agenda:\n  - \"{{{{redact 法人情報のため|{Secret}}}}}との契約について\"\n---\n本文。\n"));

        await site.BuildSuccessfullyAsync();

        var page = site.ReadOutput("assessments/a/index.html");
        Assert.Contains("（非公開：法人情報のため）の委託に関する評価書", page);
        Assert.Contains("（非公開）システム", page);
        Assert.Contains("（非公開：警備上の理由）", site.ReadOutput("meetings/m/index.html"));
        Assert.Contains("（非公開：法人情報のため）との契約について", site.ReadOutput("meetings/m/index.html"));
        Assert.Contains("会場は（非公開：警備上の理由）", site.ReadOutput("schedules/s/index.html"));
        Assert.Contains("（非公開：法人情報のため）の委託に関する評価書", site.ReadOutput("feed.xml"));
        Assert.Contains("（非公開：警備上の理由）", site.ReadOutput("calendar.ics"));
        Assert.Contains("（非公開：法人情報のため）の委託に関する評価書", site.ReadOutput("data/assessments.json"));
        foreach (var words in new[] { Secret, Place, "redact", "非公開 |" })
        {
            LeakAssert.Nowhere(site.OutputDirectory, words);
        }
    }

    [Fact]
    public async Task A_field_redaction_is_guarded_by_the_leak_check()
    {
        using var site = TempSite.With(
            ("meetings/m.md", $"---\ntitle: 第1回部会\ndate: 2026-10-28\nplace: \"{{{{redact 警備上の理由|{Place}}}}}\"\n---\n本文。\n"),
            ("news/n.md", SampleContent.News($"次回は{Place}で開きます。\n")));

        var result = await site.BuildFailingAsync();

        var leak = DiagnosticAssert.SingleError(result, site.DisplayPath("meetings/m.md"), "news/n/index.html");
        Assert.Equal(4, leak.Line);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain(Place, d.Message));
    }

    [Fact]
    public async Task The_placeholder_follows_the_site_language()
    {
        using var site = TempSite.With(EnglishSite.SiteYml,
            ("news/n.md", $"---\ntitle: \"Contract with {{{{redact commercial confidentiality|Secret Holdings}}}}\"\ndate: 2026-10-01\n---\nText.\n"));

        await site.BuildSuccessfullyAsync();

        Assert.Contains("Contract with [Withheld: commercial confidentiality]", site.ReadOutput("news/n/index.html"));
        LeakAssert.Nowhere(site.OutputDirectory, "Secret Holdings");
    }

    [Theory]
    [InlineData("\"{{redact 理由 区切りなし}}\"", "区切りなし")]
    [InlineData("\"{{redact 理由|閉じ忘れ\"", "閉じ忘れ")]
    [InlineData("\"｛｛非公開 理由｜全角の語句｝｝\"", "全角の語句")]
    [InlineData("\"{{ReDact 理由|大文字の語句}}\"", "大文字の語句")]
    [InlineData("\"{{re\u200Bdact 理由|見えない文字}}\"", "見えない文字")]
    [InlineData("\"::: redact 理由\"", "::: redact")]
    [InlineData("\": : : redact 理由\"", ": : : redact")]
    [InlineData("\":\u200B:: 非公開\"", ":: 非公開")]
    public async Task Markup_that_cannot_be_read_is_an_error_at_its_line(string title, string words)
    {
        using var site = TempSite.With(("news/n.md", $"---\ntitle: {title}\ndate: 2026-10-01\n---\n本文。\n"));

        var result = await site.BuildFailingAsync();

        Assert.Equal(2, DiagnosticAssert.SingleError(result, site.DisplayPath("news/n.md"), "非公開の印").Line);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain(words, d.Message));
    }

    [Fact]
    public async Task Markup_in_an_id_is_an_error_that_does_not_repeat_the_words()
    {
        using var site = TempSite.With(("assessments/a.md", SampleContent.Assessment(extraFields: [$"schedule: \"{{{{redact 理由|{Secret}}}}}\""])));

        var result = await site.BuildFailingAsync();

        Assert.Equal(9, DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a.md"), "「schedule」には非公開の印").Line);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain(Secret, d.Message));
    }

    [Fact]
    public async Task Markup_in_a_date_is_an_error()
    {
        using var site = TempSite.With(("news/n.md", $"---\ntitle: お知らせ\ndate: \"{{{{redact 理由|{Secret}}}}}\"\n---\n本文。\n"));

        var result = await site.BuildFailingAsync();

        Assert.Equal(3, DiagnosticAssert.SingleError(result, site.DisplayPath("news/n.md"), "「date」には非公開の印").Line);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain(Secret, d.Message));
    }

    [Fact]
    public async Task Markup_in_an_attachment_title_and_a_result_response_is_applied()
    {
        using var site = TempSite.With(
            ("assessments/a/index.md", SampleContent.Assessment(extraFields: ["attachments:", $"  - title: \"{{{{redact 理由|{Secret}}}}}との契約書\"", "    file: notes.txt", "comment_period: p"])),
            ("comment-periods/p.yml", SampleContent.CommentPeriodYml("a", opens: "2026-10-01", closes: "2026-10-31")
                + $"\nresult:\n  published: 2026-11-15\n  count: 1\n  responses:\n    - opinion: \"{{{{redact 個人情報|{Place}在住の者です}}}}。反対です。\"\n      response: 承りました。\n"));
        site.Write("assessments/a/notes.txt", "契約書の写し");

        await site.BuildSuccessfullyAsync();

        Assert.Contains("（非公開：理由）との契約書", site.ReadOutput("assessments/a/index.html"));
        Assert.Contains("（非公開：個人情報）。反対です。", site.ReadOutput("comment-periods/p/index.html"));
        LeakAssert.Nowhere(site.OutputDirectory, Secret);
        LeakAssert.Nowhere(site.OutputDirectory, Place);
    }

    [Fact]
    public async Task Markup_in_a_tag_is_an_error()
    {
        using var site = TempSite.With(("assessments/a.md", SampleContent.Assessment(extraFields: ["tags:", $"  - \"{{{{redact 理由|{Secret}}}}}\""])));

        var result = await site.BuildFailingAsync();

        Assert.Equal(10, DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a.md"), "「tags」には非公開の印").Line);
    }

    [Fact]
    public async Task Markup_in_site_settings_is_an_error()
    {
        using var site = TempSite.With(SampleContent.SiteYml(title: $"\"{{{{redact 理由|{Secret}}}}}\""));

        var result = await site.BuildFailingAsync();

        Assert.Equal(1, DiagnosticAssert.SingleError(result, site.DisplayPath("site.yml"), "「title」には非公開の印").Line);
    }

    [Fact]
    public async Task An_escaped_example_is_shown_as_written()
    {
        using var site = TempSite.With(("news/n.md", "---\ntitle: \"書き方の例 \\\\{{redact 理由|語句}}\"\ndate: 2026-10-01\n---\n本文。\n"));

        await site.BuildSuccessfullyAsync();

        Assert.Contains("書き方の例 {{redact 理由|語句}}", site.ReadOutput("news/n/index.html"));
    }
}
