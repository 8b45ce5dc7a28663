using Disclosure.Tests.Support;

namespace Disclosure.Tests.Validation;

/// <summary>A document whose URL is one the site already uses for a page of its own.</summary>
public sealed class UrlClashTests
{
    [Fact]
    public async Task AssessmentNamedLikeASortPageIsReportedNotThrown()
    {
        // /assessments/by-status/ is the list of assessments by status.
        using var site = TempSite.With(("assessments/by-status.md", SampleContent.Assessment()));

        var result = await site.BuildFailingAsync();

        var error = DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/by-status.md"), "/assessments/by-status/");
        Assert.Equal(1, error.Line);
        Assert.Contains("重なります", error.Message);
    }
}
