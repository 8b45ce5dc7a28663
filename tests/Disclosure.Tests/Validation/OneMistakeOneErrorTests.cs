using Disclosure.Diagnostics;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Validation;

/// <summary>
/// A document with a mistake still exists: its comment period, its schedule and the links to it are not reported as
/// pointing at a document that is not there, so one mistake is one error — while every real problem elsewhere (a
/// field, a reference, a link, an anchor) is still reported in the same build.
/// </summary>
public sealed class OneMistakeOneErrorTests
{
    private const string Assessment = "assessments/juki.md";

    /// <summary>The assessment's kind line, as it is written when right.</summary>
    private const string KindLine = "kind: full";

    [Theory]
    [InlineData("kind: fulll", 3, "「kind」の値「fulll」は使えません")]
    [InlineData("kind： full", 3, "「kind：」の「：」が全角です")]
    [InlineData("kind: full\n\tversion: 第1.0版", 4, "字下げにタブが使われています")]
    public async Task AMistakeInAnAssessmentIsItsOneErrorThoughAPeriodAScheduleAndTwoLinksNameIt(string kindLine, int line, string message)
    {
        using var site = TempSite.With(FilesAround(AssessmentWith(kindLine)));

        var result = await site.BuildFailingAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(site.DisplayPath(Assessment), error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadDateInAnAssessmentIsItsOneError()
    {
        using var site = TempSite.With(FilesAround(AssessmentWith(KindLine).Replace("date: 2026-10-01", "date: 2026/10/01", StringComparison.Ordinal)));

        var result = await site.BuildFailingAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(site.DisplayPath(Assessment), error.Path);
        Assert.Contains("2026-10-01 のように", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The assessment names the period, its page links to the period's page, a step and a news item link there too.</summary>
    [Fact]
    public async Task AMistakeInACommentPeriodIsItsOneErrorThoughItsAssessmentAStepAndALinkNameIt()
    {
        var files = FilesAround(AssessmentWith(KindLine))
            .Select(f => f.Path == "comment-periods/juki-2026-iken.yml" ? (f.Path, f.Text.Replace("opens: 2026-11-01", "opens: 令和8年11月1日", StringComparison.Ordinal)) : f)
            .ToArray();
        using var site = TempSite.With(files);

        var result = await site.BuildFailingAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(site.DisplayPath("comment-periods/juki-2026-iken.yml"), error.Path);
        Assert.Contains("2026-11-01 のように", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAssessmentFolderWithoutItsIndexIsItsOneError()
    {
        var files = FilesAround(AssessmentWith(KindLine))
            .Where(f => f.Path != Assessment)
            .Select(f => (f.Path, f.Text.Replace("../assessments/juki.md", "../assessments/juki/index.md", StringComparison.Ordinal)))
            .Append(("assessments/juki/説明資料.txt", "index.md のない評価書フォルダ")).ToArray();
        using var site = TempSite.With(files);

        var result = await site.BuildFailingAsync();

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(site.DisplayPath("assessments/juki/"), error.Path);
        Assert.Contains("index.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryRealProblemBesideTheMistakeIsStillReportedInTheSameBuild()
    {
        var files = FilesAround(AssessmentWith("kind: fulll")).Concat(
        [
            ("comment-periods/orphan.yml", SampleContent.CommentPeriodYml("nowhere", title: "どの評価書にも属さない意見募集")),
            ("news/broken.md", SampleContent.News(
                "\n[存在しない評価書](/assessments/nowhere/)と[このサイトについて](../pages/about.md#存在しない見出し)をご覧ください。\n",
                title: "リンクの誤り")),
            ("pages/about.md", SampleContent.Page("\n## このサイトの目的\n\n評価書を公表します。\n", title: "このサイトについて")),
            ("meetings/bad-date.md", SampleContent.Meeting(date: "2015-02-30")),
        ]).ToArray();
        using var site = TempSite.With(files);

        var result = await site.BuildFailingAsync();

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (Path: d.Path[(site.ContentDirectory.Length + 1)..], d.Line)).Order().ToList();
        Assert.True(errors.SequenceEqual(
            [
                (Assessment, 3),
                ("comment-periods/orphan.yml", 2),
                ("meetings/bad-date.md", 3),
                ("news/broken.md", 6),
                ("news/broken.md", 6),
            ]), string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("/assessments/nowhere/", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("#存在しない見出し", StringComparison.Ordinal));
    }

    /// <summary>An assessment with its schedule and comment period, in which <c>kind</c> (line 3) is written as given.</summary>
    private static string AssessmentWith(string kindLine) =>
        SampleContent.Assessment("\n## 概要\n\n住民基本台帳に関する事務の評価書です。\n",
                title: "住民基本台帳に関する事務 全項目評価書", extraFields: ["schedule: juki-2026", "comment_period: juki-2026-iken"])
            .Replace(KindLine, kindLine, StringComparison.Ordinal);

    /// <summary>The assessment, and what refers to it: its comment period, its schedule, a news item and a meeting that link to it.</summary>
    private static (string Path, string Text)[] FilesAround(string assessment) =>
    [
        (Assessment, assessment),
        ("comment-periods/juki-2026-iken.yml", SampleContent.CommentPeriodYml("juki", title: "住民基本台帳に関する事務 全項目評価書への意見募集")),
        ("schedules/juki-2026.yml", """
            title: 住民基本台帳に関する事務 全項目評価のスケジュール
            assessment: juki
            steps:
              - title: 市民意見聴取
                start: 2026-11-01
                end: 2027-03-31
                link: juki-2026-iken
              - title: 保護評価部会（第三者点検）
                date: 2026-10-28
                link: bukai
            """),
        ("news/juki-iken.md", SampleContent.News(
            "\n[住民基本台帳に関する事務 全項目評価書](/assessments/juki/)への[意見](/comment-periods/juki-2026-iken/)を募集しています。\n",
            title: "意見募集のお知らせ")),
        ("meetings/bukai.md", SampleContent.Meeting("\n[評価書の概要](../assessments/juki.md#概要)を説明しました。\n")),
    ];
}
