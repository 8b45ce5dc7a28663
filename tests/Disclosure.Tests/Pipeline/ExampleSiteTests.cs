using Disclosure.Testing;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Pipeline;

[Collection(ExampleSiteCollection.Name)]
public sealed class ExampleSiteTests(ExampleSiteDuringPeriod during, ExampleSiteBeforePeriod before)
{
    private const string Kokuho = "comment-periods/kokuho-2026-iken/index.html";
    private const string Kouki = "comment-periods/kouki-2015-iken/index.html";

    [Fact]
    public void BuildsWithNoErrorsAndNoWarnings()
    {
        DiagnosticAssert.NoDiagnostics(during.Result);
        Assert.True(during.Result.Succeeded);
        var documents = Directory.EnumerateFiles(RepositoryPaths.Content, "*", SearchOption.AllDirectories)
            .Count(f => Path.GetExtension(f) is ".md" or ".yml" && Path.GetFileName(f) != "site.yml");
        Assert.Equal(documents, during.Result.DocumentsRead);
    }

    [Fact]
    public void OpenPeriodHasAFormPostingToTheCommentServer()
    {
        var form = Assert.Single(during.Page(Kokuho).QuerySelectorAll("form"));

        Assert.Equal("http://127.0.0.1:5080/periods/kokuho-2026-iken/comments", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal("kokuho-2026-iken", form.QuerySelector("input[name=period]")?.GetAttribute("value"));
        Assert.Equal("4000", form.QuerySelector("textarea[name=opinion]")?.GetAttribute("maxlength"));
        Assert.Contains("募集中", during.Page(Kokuho).QuerySelector(".period-state")?.TextContent);
    }

    [Fact]
    public void BeforeThePeriodOpensThereIsNoForm()
    {
        Assert.True(before.Result.Succeeded, string.Join("\n", before.Result.Diagnostics));
        var page = before.Page(Kokuho);

        Assert.Empty(page.QuerySelectorAll("form"));
        Assert.Contains("募集前", page.QuerySelector(".period-state")?.TextContent);
    }

    [Fact]
    public void PastPeriodShowsItsResultWithZeroComments()
    {
        foreach (var site in new ExampleSite[] { before, during })
        {
            var page = site.Page(Kouki);
            Assert.Empty(page.QuerySelectorAll("form"));
            Assert.Contains("結果公表", page.QuerySelector(".period-state")?.TextContent);
            Assert.Equal("提出された意見：0件", page.QuerySelector(".result-count")?.TextContent.Trim());
        }
    }

    [Fact]
    public void DraftAssessmentIsNotPublished()
    {
        Assert.False(File.Exists(during.OutputPath("assessments/jidou-teate-draft/index.html")));
        Assert.True(File.Exists(during.OutputPath("assessments/kouki-koureisha-iryou/index.html")));
    }

    [Fact]
    public void AttachmentOfTheFolderAssessmentIsCopied()
    {
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(RepositoryPaths.Content, "assessments", "kouki-koureisha-iryou", "revision-notes.txt")),
            File.ReadAllBytes(during.OutputPath("assessments/kouki-koureisha-iryou/revision-notes.txt")));
    }

    [Fact]
    public void DatesAreShownInTheJapaneseEraWithTheWesternYear()
    {
        var time = during.Page("meetings/subcommittee-2015-08-06/index.html").QuerySelector("table.meta time");

        Assert.Equal("2015-08-06", time?.GetAttribute("datetime"));
        Assert.Equal("平成27年（2015年）8月6日", time?.TextContent);
    }
}
