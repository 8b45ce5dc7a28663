using Disclosure.Reading;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Reading;

public sealed class MeetingNewsAndPageParserTests
{
    private readonly Parsing _parsing = new();

    [Fact]
    public void ReadsAMeetingWithAttendeesAgendaAndBody()
    {
        var meeting = MeetingParser.Parse(_parsing.Open("meetings/subcommittee-2015-08-06.md", """
            ---
            title: 第4回 特定個人情報保護評価部会
            date: 2015-08-06
            place: 市政情報室
            attendees:
              - 部会長
              - 委員（弁護士）
            agenda:
              - 市民意見聴取の結果について
            ---
            議事の概要です。
            """));

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(meeting);
        Assert.Equal("/meetings/subcommittee-2015-08-06/", meeting.Url);
        Assert.Equal("第4回 特定個人情報保護評価部会", meeting.Title);
        Assert.Equal(new DateOnly(2015, 8, 6), meeting.Date);
        Assert.Equal("市政情報室", meeting.Place);
        Assert.Equal(new[] { "部会長", "委員（弁護士）" }, meeting.Attendees);
        Assert.Equal(new[] { "市民意見聴取の結果について" }, meeting.Agenda);
        Assert.Equal("議事の概要です。", meeting.Body);
        Assert.Equal(11, meeting.BodyFirstLine);
    }

    [Fact]
    public void MeetingWithoutPlaceIsRefused()
    {
        var meeting = MeetingParser.Parse(_parsing.Open("meetings/m.md", "---\ntitle: 部会\ndate: 2015-08-06\n---\n"));

        Assert.Null(meeting);
        var error = Assert.Single(_parsing.All);
        Assert.Equal(2, error.Line);
        Assert.Contains("place", error.Message);
    }

    [Fact]
    public void ReadsANewsItem()
    {
        var news = NewsParser.Parse(_parsing.Open("news/2026-11-01-iken.md", SampleContent.News("意見を募集しています。", "意見募集のお知らせ", "2026-11-01")));

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(news);
        Assert.Equal("/news/2026-11-01-iken/", news.Url);
        Assert.Equal("意見募集のお知らせ", news.Title);
        Assert.Equal(new DateOnly(2026, 11, 1), news.Date);
        Assert.Equal("意見を募集しています。", news.Body);
    }

    [Fact]
    public void ReadsAFreePage()
    {
        var page = PageParser.Parse(_parsing.Open("pages/about.md", SampleContent.Page("## このサイトについて", "このサイトについて")));

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(page);
        Assert.Equal("/pages/about/", page.Url);
        Assert.Equal("このサイトについて", page.Title);
        Assert.Equal("## このサイトについて", page.Body);
        Assert.Equal(4, page.BodyFirstLine);
    }

    [Fact]
    public void UnknownKeyIsAWarningOnItsLine()
    {
        PageParser.Parse(_parsing.Open("pages/about.md", "---\ntitle: t\ntitel: typo\n---\n"));

        var warning = Assert.Single(_parsing.All);
        Assert.Equal(Disclosure.Diagnostics.DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(3, warning.Line);
        Assert.Contains("titel", warning.Message);
    }

    [Fact]
    public void MarkdownFileWithoutFrontMatterIsRefused()
    {
        var source = Disclosure.Reading.DocumentSource.Open("about", Parsing.File("pages/about.md", "# 見出しだけ\n"), _parsing.Diagnostics);

        Assert.Null(source);
        var error = Assert.Single(_parsing.All);
        Assert.Equal("content/pages/about.md", error.Path);
        Assert.Equal(1, error.Line);
        Assert.Contains("---", error.Message);
    }
}
