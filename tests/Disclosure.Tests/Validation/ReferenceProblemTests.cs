using Disclosure.Tests.Support;

namespace Disclosure.Tests.Validation;

/// <summary>An id that names no document is reported on the line of the field that names it.</summary>
public sealed class ReferenceProblemTests(ReferenceProblemsSite site) : IClassFixture<ReferenceProblemsSite>
{
    [Fact]
    public void BuildFailsAndLeavesThePreviousOutputUntouched()
    {
        site.Build.AssertFailedAndOutputUntouched();
    }

    [Fact]
    public void EveryMissingReferenceIsListedInOneBuild()
    {
        Assert.True(site.Result.ErrorCount >= 5, string.Join("\n", site.Result.Diagnostics));
    }

    [Fact]
    public void AssessmentScheduleThatDoesNotExist()
    {
        var error = site.ErrorIn("assessments/refs.md", "no-such-schedule");

        Assert.Equal(9, error.Line);
        Assert.Contains("「schedule」", error.Message);
        Assert.Contains("スケジュール", error.Message);
    }

    [Fact]
    public void AssessmentCommentPeriodThatDoesNotExist()
    {
        var error = site.ErrorIn("assessments/refs.md", "no-such-period");

        Assert.Equal(10, error.Line);
        Assert.Contains("「comment_period」", error.Message);
        Assert.Contains("意見募集", error.Message);
    }

    [Fact]
    public void ScheduleAssessmentThatDoesNotExist()
    {
        var error = site.ErrorIn("schedules/orphan-schedule.yml");

        Assert.Equal(2, error.Line);
        Assert.Contains("「assessment」", error.Message);
        Assert.Contains("no-such-assessment", error.Message);
    }

    [Fact]
    public void CommentPeriodAssessmentThatDoesNotExist()
    {
        var error = site.ErrorIn("comment-periods/orphan-period.yml");

        Assert.Equal(2, error.Line);
        Assert.Contains("「assessment」", error.Message);
        Assert.Contains("no-such-assessment", error.Message);
    }

    [Fact]
    public void ScheduleStepLinkThatDoesNotExist()
    {
        var error = site.ErrorIn("schedules/bad-step-link.yml");

        // The step starts on line 6 and its link is on line 8; either names the right step.
        Assert.InRange(error.Line, 6, 8);
        Assert.Contains("保護評価部会", error.Message);
        Assert.Contains("no-such-meeting", error.Message);
        Assert.Contains("link", error.Message);
    }
}
