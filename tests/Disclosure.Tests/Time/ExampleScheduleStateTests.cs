using Disclosure.Tests.Support;

namespace Disclosure.Tests.Time;

/// <summary>The schedule page shows each step's state for the day the site was built for.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class ExampleScheduleStateTests(ExampleSiteDuringPeriod during, ExampleSiteBeforePeriod before)
{
    private static IReadOnlyList<(string Title, string State)> Steps(ExampleSite site) =>
        site.Page("schedules/kokuho-2026/index.html").QuerySelectorAll("ol.timeline > li")
            .Select(li => (li.QuerySelector(".step-title")!.TextContent, li.QuerySelector(".state-label")!.TextContent))
            .ToList();

    [Fact]
    public void On2026_11_30TheCommentPeriodStepIsCurrent()
    {
        var steps = Steps(during);

        Assert.Equal(9, steps.Count);
        Assert.Equal(("保護評価部会（事前点検）", "完了"), steps[3]);
        Assert.Equal(("市民意見聴取", "実施中"), steps[4]);
        Assert.Equal(("保護評価部会（第三者点検）", "予定"), steps[5]);
        Assert.Single(during.Page("schedules/kokuho-2026/index.html").QuerySelectorAll("[aria-current=step]"));
    }

    [Fact]
    public void On2026_10_01TheDraftingSpanIsCurrentAndLaterStepsAreUpcoming()
    {
        var steps = Steps(before);

        Assert.Equal(("計画管理書の作成", "完了"), steps[0]);
        Assert.Equal(("評価書（案）の作成", "実施中"), steps[1]);
        Assert.All(steps.Skip(2), s => Assert.Equal("予定", s.State));
    }
}
