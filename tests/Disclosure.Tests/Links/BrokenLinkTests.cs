using Disclosure.Tests.Support;

namespace Disclosure.Tests.Links;

/// <summary>A link that leads nowhere is reported on the Markdown line it was written on.</summary>
public sealed class BrokenLinkTests(BrokenLinksSite site) : IClassFixture<BrokenLinksSite>
{
    [Fact]
    public void BuildFailsAndLeavesThePreviousOutputUntouched()
    {
        site.Build.AssertFailedAndOutputUntouched();
    }

    [Fact]
    public void EveryBrokenLinkIsListedInOneBuild()
    {
        Assert.True(site.Result.ErrorCount >= 7, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void LinkToASourceFileThatDoesNotExist()
    {
        var error = site.ErrorOnLine("pages/missing-source.md", BrokenLinksSite.LinkLine, "../meetings/nope.md");

        Assert.Contains("content/meetings/nope.md", error.Message);
        Assert.Contains("ありません", error.Message);
    }

    /// <summary>
    /// The unresolved link stays in the page as written; it must not be reported a second time, on line 1,
    /// as if the theme's template had made it.
    /// </summary>
    [Fact]
    public void LinkToASourceFileThatDoesNotExistIsReportedOnce()
    {
        var errors = site.ErrorsIn("pages/missing-source.md");

        Assert.True(errors.Count == 1, "Expected one error, found:\n" + string.Join("\n", errors));
    }

    /// <summary>The page's HTML has the anchor percent-encoded, the Markdown as written: still the same link, reported once.</summary>
    [Fact]
    public void LinkToASourceFileThatDoesNotExistWithAJapaneseAnchorIsReportedOnce()
    {
        var error = site.ErrorIn("pages/missing-source-japanese-anchor.md");

        Assert.Equal(BrokenLinksSite.LinkLine, error.Line);
        Assert.Contains("../meetings/nope.md#議事", error.Message);
    }

    [Fact]
    public void LinkToAUrlWithNoPage()
    {
        var error = site.ErrorIn("pages/missing-page.md");

        Assert.Equal(BrokenLinksSite.LinkLine, error.Line);
        Assert.Contains("/hogo/assessments/nope/", error.Message);
        Assert.Contains("ページやファイルがありません", error.Message);
    }

    [Fact]
    public void LinkToAnAnchorThatDoesNotExist()
    {
        var error = site.ErrorIn("pages/missing-anchor.md");

        Assert.Equal(BrokenLinksSite.LinkLine, error.Line);
        Assert.Contains("「#nope」", error.Message);
        Assert.Contains("見出し", error.Message);
    }

    [Fact]
    public void LinkToAJapaneseAnchorThatDoesNotExist()
    {
        var error = site.ErrorIn("pages/missing-japanese-anchor.md");

        Assert.Equal(BrokenLinksSite.LinkLine, error.Line);
        Assert.Contains("「#存在しない見出し」", error.Message);
    }

    [Fact]
    public void RelativeLinkIsResolvedFromThePageUrlNotFromTheSourceFolder()
    {
        // From /pages/relative-from-the-wrong-folder/, "../assessments/x/" is /pages/assessments/x/ in a browser.
        var error = site.ErrorIn("pages/relative-from-the-wrong-folder.md");

        Assert.Equal(BrokenLinksSite.LinkLine, error.Line);
        Assert.Contains("/hogo/pages/assessments/x/", error.Message);
    }

    [Fact]
    public void LinkInAOneLineHowToSubmitIsReportedOnItsLine()
    {
        site.ErrorOnLine("comment-periods/links-in-fields.md", 6, "../pages/no-form.md");
    }

    [Fact]
    public void LinkInAResultSummaryIsReportedOnItsLine()
    {
        site.ErrorOnLine("comment-periods/links-in-fields.md", 13, "../meetings/no-minutes.md");
    }
}
