using Disclosure.Tests.Support;

namespace Disclosure.Tests.Pipeline;

/// <summary>A draft assessment (with its schedule and period) is left out unless drafts are asked for.</summary>
public sealed class DraftTests
{
    private static readonly (string, string)[] DraftWithSchedule =
    [
        ("assessments/published.md", SampleContent.Assessment(title: "公表済みの評価書")),
        ("assessments/draft.md", SampleContent.Assessment(status: "draft", title: "作成中の評価書")),
        ("schedules/draft-schedule.yml", SampleContent.Schedule("draft")),
    ];

    private const string LinkingPage = "本文です。\n\n[作成中の評価書](/assessments/draft/)\n";

    [Fact]
    public async Task DraftIsNotWrittenWithoutIncludeDrafts()
    {
        using var site = TempSite.With(DraftWithSchedule);

        await site.BuildSuccessfullyAsync();

        Assert.True(site.OutputExists("assessments/published/index.html"));
        Assert.False(site.OutputExists("assessments/draft/index.html"));
        Assert.False(site.OutputExists("schedules/draft-schedule/index.html"));
        Assert.DoesNotContain("作成中の評価書", site.ReadOutput("assessments/index.html"));
    }

    [Fact]
    public async Task DraftIsWrittenWithIncludeDrafts()
    {
        using var site = TempSite.With([.. DraftWithSchedule, ("pages/links.md", SampleContent.Page(LinkingPage))]);

        await site.BuildSuccessfullyAsync(includeDrafts: true);

        Assert.True(site.OutputExists("assessments/draft/index.html"));
        Assert.True(site.OutputExists("schedules/draft-schedule/index.html"));
        Assert.Contains("作成中の評価書", site.ReadOutput("assessments/index.html"));
    }

    [Fact]
    public async Task PublishedPageLinkingToADraftIsAnErrorThatSaysItIsADraft()
    {
        using var site = TempSite.With([.. DraftWithSchedule, ("pages/links.md", SampleContent.Page(LinkingPage))]);

        var result = await site.BuildFailingAsync();

        var error = DiagnosticAssert.SingleError(result, site.DisplayPath("pages/links.md"));
        Assert.Equal(6, error.Line);
        Assert.Contains("下書き", error.Message);
        Assert.Contains("/assessments/draft/", error.Message);
    }
}
