using Disclosure.Tests.Support;

namespace Disclosure.Tests.Validation;

/// <summary>Problems inside one file's fields: each is reported with its file, its line and what is wrong.</summary>
public sealed class FieldProblemTests(FieldProblemsSite site) : IClassFixture<FieldProblemsSite>
{
    [Fact]
    public void BuildFailsAndLeavesThePreviousOutputUntouched()
    {
        site.Build.AssertFailedAndOutputUntouched();
    }

    [Fact]
    public void EveryPlantedProblemIsListedInOneBuild()
    {
        Assert.True(site.Result.ErrorCount >= FieldProblemsSite.PlantedProblems, string.Join("\n", site.Result.Diagnostics));
        string[] files =
        [
            "assessments/bad-yaml.md", "news/no-title.md", "assessments/no-kind.md", "assessments/unknown-kind.md",
            "assessments/unknown-status.md", "comment-periods/closes-early.yml", "meetings/no-such-day.md",
            "meetings/bad-format.md", "assessments/missing-attachment/index.md", "news/shift-jis.md",
        ];
        Assert.Equal(FieldProblemsSite.PlantedProblems, files.Length);
        foreach (var file in files)
        {
            Assert.Contains(site.Result.Diagnostics, d => d.Path == site.Site.DisplayPath(file));
        }
    }

    [Fact]
    public void InvalidYamlIsReportedOnTheLineWhereItBreaks()
    {
        var error = site.ErrorIn("assessments/bad-yaml.md");

        Assert.Equal(3, error.Line);
        Assert.Contains("YAML", error.Message);
    }

    [Fact]
    public void MissingTitleIsReportedAtTheStartOfTheFrontMatter()
    {
        var error = site.ErrorIn("news/no-title.md");

        Assert.Equal(2, error.Line);
        Assert.Contains("必須の項目「title」", error.Message);
    }

    [Fact]
    public void MissingKindIsReportedAtTheStartOfTheFrontMatter()
    {
        var error = site.ErrorIn("assessments/no-kind.md");

        Assert.Equal(2, error.Line);
        Assert.Contains("必須の項目「kind」", error.Message);
    }

    [Fact]
    public void UnknownKindIsReportedOnItsLineWithTheAllowedWords()
    {
        var error = site.ErrorIn("assessments/unknown-kind.md");

        Assert.Equal(3, error.Line);
        Assert.Contains("「kind」の値「medium」", error.Message);
        Assert.Contains("basic, focused, full", error.Message);
    }

    [Fact]
    public void UnknownStatusIsReportedOnItsLineWithTheAllowedWords()
    {
        var error = site.ErrorIn("assessments/unknown-status.md");

        Assert.Equal(7, error.Line);
        Assert.Contains("「status」の値「finished」", error.Message);
        Assert.Contains("published", error.Message);
    }

    [Fact]
    public void ClosesBeforeOpensIsReportedOnTheClosesLine()
    {
        var error = site.ErrorIn("comment-periods/closes-early.yml");

        Assert.Equal(4, error.Line);
        Assert.Contains("closes", error.Message);
        Assert.Contains("opens", error.Message);
        Assert.Contains("2026-11-01", error.Message);
    }

    [Fact]
    public void DateThatDoesNotExistIsCalledNonexistent()
    {
        var error = site.ErrorIn("meetings/no-such-day.md");

        Assert.Equal(3, error.Line);
        Assert.Contains("2015-02-30", error.Message);
        Assert.Contains("存在しない日付", error.Message);
    }

    [Fact]
    public void BadlyFormattedDateAsksForTheYyyyMmDdForm()
    {
        var error = site.ErrorIn("meetings/bad-format.md");

        Assert.Equal(3, error.Line);
        Assert.Contains("2015-8-6", error.Message);
        Assert.Contains("YYYY-MM-DD", error.Message);
        Assert.DoesNotContain("存在しない", error.Message);
    }

    [Fact]
    public void MissingAttachmentIsReportedOnTheLineOfItsFileField()
    {
        var error = site.ErrorIn("assessments/missing-attachment/index.md");

        Assert.Equal(11, error.Line);
        Assert.Contains("添付ファイル「nope.pdf」が見つかりません", error.Message);
    }

    [Fact]
    public void FileNotInUtf8IsReportedAsSuch()
    {
        var error = site.ErrorIn("news/shift-jis.md");

        Assert.Equal(1, error.Line);
        Assert.Contains("UTF-8", error.Message);
    }
}
