using AngleSharp.Dom;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Links;

/// <summary>Links written in Markdown end up in the HTML as the URL a browser needs, base path included.</summary>
public sealed class RewrittenLinkTests : IAsyncLifetime
{
    private readonly TempSite _site = TempSite.With(
        ("assessments/x/index.md", SampleContent.Assessment(
            body: """

                [第1回部会](../../meetings/m.md)

                [スケジュール](../../schedules/s/)

                [修正内容一覧](notes.txt)

                [基本情報へ](#基本情報)

                ## 基本情報

                本文です。
                """,
            extraFields: ["attachments:", "  - title: 修正内容一覧", "    file: notes.txt"])),
        ("assessments/x/notes.txt", "修正内容"),
        ("schedules/s.yml", SampleContent.Schedule("x")),
        ("comment-periods/y.yml", SampleContent.CommentPeriodYml("x")),
        ("meetings/m.md", SampleContent.Meeting()),
        ("pages/guide.md", SampleContent.Page("""
            [意見募集](../comment-periods/y.yml)

            [評価書の見出し](../assessments/x/index.md#基本情報)

            [評価書](../../assessments/x/)
            """)));

    public async Task InitializeAsync() => await _site.BuildSuccessfullyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private IReadOnlyList<string> ProseHrefs(string page) =>
        HtmlPage.Load(_site.OutputPath(page)).QuerySelectorAll(".prose a[href]")
            .Select(a => Uri.UnescapeDataString(a.GetAttribute("href")!)).ToList();

    [Fact]
    public void SourceFileLinkFromAPageBecomesThePeriodUrlWithTheBasePath()
    {
        Assert.Contains("/hogo/comment-periods/y/", ProseHrefs("pages/guide/index.html"));
    }

    [Fact]
    public void SourceFileLinkWithAnAnchorKeepsTheAnchor()
    {
        Assert.Contains("/hogo/assessments/x/#基本情報", ProseHrefs("pages/guide/index.html"));
    }

    [Fact]
    public void SourceFileLinkFromAFolderAssessmentResolvesFromItsFolder()
    {
        Assert.Contains("/hogo/meetings/m/", ProseHrefs("assessments/x/index.html"));
    }

    [Fact]
    public void RelativeUrlsResolveFromThePageUrl()
    {
        var fromAssessment = ProseHrefs("assessments/x/index.html");
        Assert.Contains("/hogo/schedules/s/", fromAssessment);
        Assert.Contains("/hogo/assessments/x/notes.txt", fromAssessment);
        Assert.Contains("/hogo/assessments/x/#基本情報", fromAssessment);
        Assert.Contains("/hogo/assessments/x/", ProseHrefs("pages/guide/index.html"));
    }

    [Fact]
    public void NoSourceFileNameIsLeftInAnyHref()
    {
        static bool NamesASourceFile(string href) =>
            Path.GetExtension(href.Split('#')[0]) is ".md" or ".yml" or ".yaml";

        foreach (var page in new[] { "pages/guide/index.html", "assessments/x/index.html" })
        {
            Assert.DoesNotContain(ProseHrefs(page), NamesASourceFile);
        }
    }

    [Fact]
    public void TheLinkedPageListsWhereItIsLinkedFrom()
    {
        var meeting = HtmlPage.Load(_site.OutputPath("meetings/m/index.html"));

        Assert.Contains(meeting.QuerySelectorAll("a[href]"), (IElement a) => a.GetAttribute("href") == "/hogo/assessments/x/");
    }
}
