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

    /// <summary>取扱者数: staff and contractors' staff who handle the affair's file, for the threshold judgment.</summary>
    public int? HandlersCount { get; init; }

    /// <summary>Whether a 重大事故 happened in the past year; null when not written, judged as none.</summary>
    public bool? SeriousIncident { get; init; }

    /// <summary>The day the assessment was last reviewed (一年ごとの見直し).</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>The day the affair ended (事務の終了): the assessment stays published for years after it.</summary>
    public DateOnly? Ended { get; init; }
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

    public bool HasEndedBy(DateOnly today) => Ended is { } ended && ended <= today;
}
