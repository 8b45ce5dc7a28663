using Disclosure.Diagnostics;
using Disclosure.Testing;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Pipeline;

[Collection(ExampleSiteCollection.Name)]
public sealed class ExampleSiteTests(ExampleSiteDuringPeriod during, ExampleSiteBeforePeriod before)
{
    private const string Kokuho = "comment-periods/kokuho-2026-iken/index.html";
    private const string Kouki = "comment-periods/kouki-2015-iken/index.html";

    /// <summary>
    /// The example shows the guideline's checks at work: two affairs published in 2015 and 2016 are past their
    /// re-evaluation, and one assessment is past its yearly review. Nothing else is reported.
    /// </summary>
    [Fact]
    public void BuildsWithNoErrorsAndOnlyTheDeliberateWarnings()
    {
        var warnings = during.Result.Diagnostics
            .Select(d => (d.Severity, File: Path.GetRelativePath(RepositoryPaths.Content, d.Path).Replace('\\', '/'), Due: d.Message.Contains("再評価") ? "再評価" : "見直し"))
            .ToList();
        Assert.Equal(
            [
                (DiagnosticSeverity.Warning, "assessments/juminkihon-daichou-kiso.md", "再評価"),
                (DiagnosticSeverity.Warning, "assessments/juminkihon-daichou.md", "再評価"),
                (DiagnosticSeverity.Warning, "assessments/juminkihon-daichou.md", "見直し"),
                (DiagnosticSeverity.Warning, "assessments/kouki-koureisha-iryou-kiso.md", "再評価"),
                (DiagnosticSeverity.Warning, "assessments/kouki-koureisha-iryou/index.md", "再評価"),
            ], warnings);
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

    [Fact]
    public void AssessmentPagesShowTheGuidelineFacts()
    {
        var page = during.Page("assessments/juminkihon-daichou/index.html");
        string Row(string heading) => page.QuerySelectorAll("table.meta tr").Single(r => r.QuerySelector("th")?.TextContent == heading).QuerySelector("td")!.TextContent;

        Assert.Equal("基礎項目評価と重点項目評価が必要（対象人数100,000人以上300,000人未満、取扱者数500人未満、重大事故なし）", Row("しきい値判断の結果"));
        Assert.Equal("令和3年（2021年）1月15日", Row("再評価の目安"));
        Assert.Equal("令和7年（2025年）7月31日", Row("直近の見直し"));
    }

    [Fact]
    public void AnEndedAffairIsMarkedOnItsPageAndInTheLists()
    {
        const string Mark = "【令和8年（2026年）9月30日　終了】";
        Assert.Equal(Mark, during.Page("assessments/kobetsu-yobou-sesshu/index.html").QuerySelector("p.ended")?.TextContent);
        foreach (var list in new[] { "assessments/index.html", "assessments/by-updated/index.html", "tags/予防接種/index.html" })
        {
            var link = during.Page(list).QuerySelectorAll("a[href$='/assessments/kobetsu-yobou-sesshu/']").Single();
            Assert.Equal(Mark, link.NextElementSibling?.TextContent);
        }
    }

    [Fact]
    public void AShortPeriodShowsWhyItIsShort()
    {
        var reason = during.Page("comment-periods/kenkou-kanri-2026-iken/index.html").QuerySelector(".short-period-reason")?.TextContent;

        Assert.StartsWith("募集期間を21日とした理由：", reason);
        Assert.Contains("任意", reason);
    }
}
