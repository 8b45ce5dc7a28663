using Disclosure.Tests.Support;

namespace Disclosure.Tests.Publication;

/// <summary>publish_at, expires_at, announce and private, on both sides of each boundary (today pinned with Now).</summary>
public sealed class PublicationScheduleTests
{
    private static string News(string title, string extra) => $"---\ntitle: {title}\ndate: 2026-11-01\n{extra}---\n本文。\n";

    [Theory]
    [InlineData("2026-11-30", false)]
    [InlineData("2026-12-01", true)]
    [InlineData("2026-12-02", true)]
    public async Task A_document_appears_from_its_publish_at_day(string today, bool written)
    {
        using var site = TempSite.With(("news/later.md", News("予告のお知らせ", "publish_at: 2026-12-01\n")));

        await site.BuildSuccessfullyAsync(DateOnly.Parse(today));

        Assert.Equal(written, site.OutputExists("news/later/index.html"));
        Assert.Equal(written, site.ReadOutput("news/index.html").Contains("予告のお知らせ"));
    }

    [Theory]
    [InlineData("2026-12-31", false)]
    [InlineData("2027-01-01", true)]
    public async Task An_expired_document_leaves_the_lists_but_keeps_its_page_with_a_notice(string today, bool expired)
    {
        using var site = TempSite.With(("news/old.md", News("期限付きのお知らせ", "expires_at: 2027-01-01\n")));

        await site.BuildSuccessfullyAsync(DateOnly.Parse(today));

        Assert.True(site.OutputExists("news/old/index.html"));
        Assert.Equal(!expired, site.ReadOutput("news/index.html").Contains("期限付きのお知らせ"));
        Assert.Equal(!expired, site.ReadOutput("index.html").Contains("期限付きのお知らせ"));
        Assert.Equal(expired, site.ReadOutput("news/old/index.html").Contains("掲載期間を終えました"));
    }

    [Theory]
    [InlineData("2026-10-17", false)]
    [InlineData("2026-10-18", true)]
    public async Task A_comment_period_page_appears_14_days_before_it_opens_by_default(string today, bool written)
    {
        using var site = TempSite.With(
            ("assessments/a.md", SampleContent.Assessment()),
            ("comment-periods/p.yml", SampleContent.CommentPeriodYml("a", opens: "2026-11-01")));

        await site.BuildSuccessfullyAsync(DateOnly.Parse(today));

        Assert.Equal(written, site.OutputExists("comment-periods/p/index.html"));
    }

    [Theory]
    [InlineData("2026-09-30", false)]
    [InlineData("2026-10-01", true)]
    public async Task Announce_sets_the_day_a_comment_period_page_appears(string today, bool written)
    {
        using var site = TempSite.With(
            ("assessments/a.md", SampleContent.Assessment()),
            ("comment-periods/p.yml", SampleContent.CommentPeriodYml("a", opens: "2026-11-01") + "\nannounce: 2026-10-01\n"));

        await site.BuildSuccessfullyAsync(DateOnly.Parse(today));

        Assert.Equal(written, site.OutputExists("comment-periods/p/index.html"));
    }

    [Fact]
    public async Task A_link_to_a_page_before_its_publication_day_is_an_error_that_says_so()
    {
        using var site = TempSite.With(
            ("news/later.md", News("予告", "publish_at: 2026-12-01\n")),
            ("news/now.md", "---\ntitle: 今日のお知らせ\ndate: 2026-11-01\n---\n[予告はこちら](../news/later.md)\n"));

        var result = await site.BuildFailingAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(site.DisplayPath("news/now.md"), error.Path);
        Assert.Equal(5, error.Line);
        Assert.Contains("publish_at: 2026-12-01", error.Message);
    }

    [Fact]
    public async Task A_private_document_is_never_written_and_a_link_to_it_is_an_error()
    {
        using var site = TempSite.With(
            ("pages/internal.md", "---\ntitle: 内部資料\nprivate: true\n---\n内部の話。\n"),
            ("pages/public.md", "---\ntitle: 公開ページ\n---\n本文。\n"));

        await site.BuildSuccessfullyAsync();
        Assert.False(site.OutputExists("pages/internal/index.html"));
        Assert.DoesNotContain("内部資料", site.ReadOutput("pages/public/index.html"));

        site.Write("pages/public.md", "---\ntitle: 公開ページ\n---\n[内部資料](/pages/internal/)\n");
        var result = await site.BuildFailingAsync();
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(4, error.Line);
        Assert.Contains("private: true", error.Message);
    }

    [Fact]
    public async Task Expires_at_before_publish_at_is_an_error_on_its_line()
    {
        using var site = TempSite.With(("news/n.md", News("お知らせ", "publish_at: 2026-12-01\nexpires_at: 2026-11-01\n")));

        var result = await site.BuildFailingAsync();

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(5, error.Line);
        Assert.Contains("expires_at", error.Message);
    }
}
