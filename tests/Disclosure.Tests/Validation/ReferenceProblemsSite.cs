using Disclosure.Tests.Support;

namespace Disclosure.Tests.Validation;

/// <summary>A site whose documents name ids that do not exist; see <see cref="ReferenceProblemTests"/>.</summary>
public sealed class ReferenceProblemsSite : FailedSiteFixture
{
    public const string StepLinkSchedule = """
        title: リンク先のない手順
        assessment: base
        steps:
          - title: 計画管理書の作成
            date: 2026-09-01
          - title: 保護評価部会
            date: 2026-10-28
            link: no-such-meeting
        """;

    protected override (string Path, string Text)[] Files =>
    [
        ("assessments/base.md", SampleContent.Assessment()),
        ("assessments/refs.md", SampleContent.Assessment(extraFields: ["schedule: no-such-schedule", "comment_period: no-such-period"])),
        ("schedules/orphan-schedule.yml", SampleContent.Schedule("no-such-assessment")),
        ("comment-periods/orphan-period.yml", SampleContent.CommentPeriodYml("no-such-assessment")),
        ("schedules/bad-step-link.yml", StepLinkSchedule),
    ];
}
