namespace Disclosure.Content;

public sealed record Schedule : ContentDocument
{
    public override DocumentCollection Collection => DocumentCollection.Schedules;

    public required string AssessmentId { get; init; }
    public required IReadOnlyList<ScheduleStep> Steps { get; init; }
}
