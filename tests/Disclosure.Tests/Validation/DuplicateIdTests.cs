using Disclosure.Tests.Support;

namespace Disclosure.Tests.Validation;

public sealed class DuplicateIdTests
{
    [Fact]
    public async Task SingleFileAndFolderAssessmentWithTheSameIdAreBothReported()
    {
        using var site = TempSite.With(
            ("assessments/x.md", SampleContent.Assessment()),
            ("assessments/x/index.md", SampleContent.Assessment()));

        var result = await site.BuildFailingAsync();

        var single = DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/x.md"), "重複");
        var folder = DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/x/index.md"), "重複");
        foreach (var error in new[] { single, folder })
        {
            Assert.Contains("「x」", error.Message);
            Assert.Contains(site.DisplayPath("assessments/x.md"), error.Message);
            Assert.Contains(site.DisplayPath("assessments/x/index.md"), error.Message);
        }
    }

    [Fact]
    public async Task CommentPeriodWrittenBothAsYmlAndAsMdIsReported()
    {
        using var site = TempSite.With(
            ("assessments/x.md", SampleContent.Assessment()),
            ("comment-periods/p.yml", SampleContent.CommentPeriodYml("x")),
            ("comment-periods/p.md", "---\n" + SampleContent.CommentPeriodYml("x") + "\n---\n"));

        var result = await site.BuildFailingAsync();

        var yml = DiagnosticAssert.SingleError(result, site.DisplayPath("comment-periods/p.yml"), "重複");
        DiagnosticAssert.SingleError(result, site.DisplayPath("comment-periods/p.md"), "重複");
        Assert.Contains(site.DisplayPath("comment-periods/p.md"), yml.Message);
    }
}
