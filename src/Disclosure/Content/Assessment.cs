namespace Disclosure.Content;

public sealed record Assessment : ContentDocument
{
    public override DocumentCollection Collection => DocumentCollection.Assessments;

    public required AssessmentKind Kind { get; init; }
    public required string Organization { get; init; }
    public required string Department { get; init; }
    public required string System { get; init; }
    public required string Affairs { get; init; }
    public int? TargetCount { get; init; }
    public required AssessmentStatus Status { get; init; }
    public required DateOnly Date { get; init; }
    public DateOnly? Updated { get; init; }
    public string? Version { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? ScheduleId { get; init; }
    public string? CommentPeriodId { get; init; }
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>The public change record (別添3 変更箇所), in the order written.</summary>
    public IReadOnlyList<ChangeEntry> Changes { get; init; } = [];

    /// <summary>Folder holding index.md and its attachments, or null for a single-file assessment.</summary>
    public string? AttachmentFolder { get; init; }

    public DateOnly LastChanged => Updated ?? Date;
}
