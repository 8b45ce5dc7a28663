using Disclosure.Content;
using Disclosure.Guideline;

namespace Disclosure.Tests.Guideline;

public sealed class ThresholdJudgmentTests
{
    private const AssessmentKind B = AssessmentKind.Basic;
    private const AssessmentKind F = AssessmentKind.Focused;
    private const AssessmentKind A = AssessmentKind.Full;

    public static TheoryData<int, int?, bool, AssessmentKind[]> Boundaries => new()
    {
        { 999, null, false, [] },
        { 999, 10_000, true, [] },
        { 1_000, null, false, [B] },
        { 9_999, 500, true, [B] },
        { 10_000, 499, false, [B] },
        { 10_000, 500, false, [B, F] },
        { 10_000, 0, true, [B, F] },
        { 99_999, 499, false, [B] },
        { 99_999, 500, false, [B, F] },
        { 100_000, 499, false, [B, F] },
        { 100_000, 500, false, [B, A] },
        { 100_000, 1, true, [B, A] },
        { 299_999, 499, false, [B, F] },
        { 299_999, 500, false, [B, A] },
        { 300_000, 0, false, [B, A] },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Each_row_of_the_guideline_table_starts_at_its_number(int people, int? handlers, bool incident, AssessmentKind[] required)
    {
        var fields = new List<string> { $"target_count: {people}", $"serious_incident: {(incident ? "true" : "false")}" };
        if (handlers is { } h)
        {
            fields.Add($"handlers_count: {h}");
        }
        var judgment = ThresholdJudgment.Of(new GuidelineContent().Assessment("a", fields: [.. fields]))!;

        Assert.Equal(required, judgment.Required);
    }

    [Theory]
    [InlineData(50_000, null, false, true)]
    [InlineData(50_000, null, true, false)]
    [InlineData(50_000, "499", false, false)]
    [InlineData(9_999, null, false, false)]
    [InlineData(300_000, null, false, false)]
    public void Handlers_are_missing_only_where_the_row_depends_on_them(int people, string? handlers, bool incident, bool unknown)
    {
        var fields = new List<string> { $"target_count: {people}", $"serious_incident: {(incident ? "true" : "false")}" };
        if (handlers is not null)
        {
            fields.Add($"handlers_count: {handlers}");
        }
        Assert.Equal(unknown, ThresholdJudgment.Of(new GuidelineContent().Assessment("a", fields: [.. fields]))!.HandlersUnknown);
    }

    [Fact]
    public void Without_a_target_count_there_is_no_judgment() =>
        Assert.Null(ThresholdJudgment.Of(new GuidelineContent().Assessment("a")));

    [Fact]
    public void A_full_assessment_meets_a_focused_requirement_but_nothing_meets_a_basic_one()
    {
        Assert.True(GuidelineRules.Meets(A, F));
        Assert.False(GuidelineRules.Meets(F, A));
        Assert.False(GuidelineRules.Meets(A, B));
        Assert.False(GuidelineRules.Meets(F, B));
    }
}
