using Disclosure.Time;

namespace Disclosure.Content;

public sealed record CommentPeriod : ContentDocument
{
    public const int DefaultMaxLength = 4000;

    public override DocumentCollection Collection => DocumentCollection.CommentPeriods;

    public required string AssessmentId { get; init; }
    public required DateOnly Opens { get; init; }
    public required DateOnly Closes { get; init; }

    public const int DefaultAnnounceDays = 14;

    /// <summary>Why the period is shorter than the guideline's 30 days, shown on its page; null when it is not.</summary>
    public string? ShortPeriodReason { get; init; }

    /// <summary>The period's length in days, the opening and closing days both counted.</summary>
    public int Days => Closes.DayNumber - Opens.DayNumber + 1;

    /// <summary>The day the period's page appears: by default two weeks before it opens.</summary>
    public DateOnly? AnnounceDate { get; init; }

    public DateOnly Announce => AnnounceDate ?? Opens.AddDays(-DefaultAnnounceDays);
    public required string HowToSubmit { get; init; }

    /// <summary>The file line <see cref="HowToSubmit"/>'s text starts on, for messages about links in it.</summary>
    public int HowToSubmitLine { get; init; } = 1;
    public int MaxLength { get; init; } = DefaultMaxLength;
    public IReadOnlySet<CommentField> RequiredFields { get; init; } = new HashSet<CommentField>();
    public CommentPeriodResult? Result { get; init; }

    /// <summary>Open from 00:00 on the opening day to the end of the closing day, Japan time.</summary>
    public DateTimeOffset OpensAt => TokyoTime.StartOf(Opens);

    /// <summary>The first instant after the period, so the closing day's last second is still inside it.</summary>
    public DateTimeOffset ClosesBefore => TokyoTime.StartOf(Closes.AddDays(1));

    public bool IsOpenAt(DateTimeOffset instant) => instant >= OpensAt && instant < ClosesBefore;

    public CommentPeriodState StateAt(DateTimeOffset instant)
    {
        if (instant < OpensAt)
        {
            return CommentPeriodState.Upcoming;
        }
        if (instant < ClosesBefore)
        {
            return CommentPeriodState.Open;
        }
        return Result is not null && Result.Published <= TokyoTime.DateOf(instant)
            ? CommentPeriodState.ResultPublished
            : CommentPeriodState.Closed;
    }
}
