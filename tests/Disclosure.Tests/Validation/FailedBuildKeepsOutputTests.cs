using Disclosure.Tests.Support;

namespace Disclosure.Tests.Validation;

/// <summary>A single error found in any phase of the build is enough to stop it from touching the output.</summary>
public sealed class FailedBuildKeepsOutputTests
{
    [Fact]
    public async Task InvalidSiteYml()
    {
        using var site = TempSite.With("title: テスト\norganization: テスト市: 中央\nbase_url: https://city.example/\n");

        var result = await site.BuildFailingAsync();

        var error = DiagnosticAssert.SingleError(result, site.DisplayPath("site.yml"));
        Assert.Equal(2, error.Line);
        Assert.Contains("YAML", error.Message);
    }

    [Fact]
    public async Task SiteYmlWithoutARequiredField()
    {
        using var site = TempSite.With(SampleContent.SiteYml().Replace("organization: テスト市\n", ""));

        var result = await site.BuildFailingAsync();

        var error = DiagnosticAssert.SingleError(result, site.DisplayPath("site.yml"));
        Assert.Equal(1, error.Line);
        Assert.Contains("「organization」", error.Message);
    }

    /// <summary>A list opened with [ and never closed, followed by another field, must be reported, not crash the build.</summary>
    [Fact]
    public async Task UnclosedFlowListInFrontMatterIsReportedNotThrown()
    {
        using var site = TempSite.With(("assessments/x.md",
            SampleContent.Assessment(extraFields: ["tags: [国民健康保険, 全項目評価", "version: \"第1.0版\""])));

        var result = await site.BuildFailingAsync();

        var error = DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/x.md"));
        Assert.InRange(error.Line, 9, 11);
        Assert.Contains("YAML", error.Message);
    }

    [Fact]
    public async Task OneBadFieldAmongValidDocuments()
    {
        using var site = TempSite.With(
            ("assessments/good.md", SampleContent.Assessment()),
            ("assessments/bad.md", SampleContent.Assessment(status: "done")),
            ("pages/about.md", SampleContent.Page("このサイトについて")));

        var result = await site.BuildFailingAsync();

        Assert.Equal(1, result.ErrorCount);
        Assert.Equal(7, DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/bad.md"), "status").Line);
    }

    [Fact]
    public async Task OneMissingReferenceAmongValidDocuments()
    {
        using var site = TempSite.With(("assessments/x.md", SampleContent.Assessment(extraFields: ["schedule: gone"])));

        var result = await site.BuildFailingAsync();

        Assert.Equal(1, result.ErrorCount);
        Assert.Equal(9, DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/x.md"), "gone").Line);
    }

    [Fact]
    public async Task OneBrokenLinkAmongValidDocuments()
    {
        using var site = TempSite.With(
            ("assessments/good.md", SampleContent.Assessment()),
            ("pages/about.md", SampleContent.Page("[評価書](/assessments/gone/)")));

        var result = await site.BuildFailingAsync();

        Assert.Equal(1, result.ErrorCount);
        Assert.Equal(4, DiagnosticAssert.SingleError(result, site.DisplayPath("pages/about.md"), "/assessments/gone/").Line);
    }
}
