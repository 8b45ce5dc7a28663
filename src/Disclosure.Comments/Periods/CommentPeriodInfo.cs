namespace Disclosure.Comments.Periods;

/// <summary>What the server knows of a comment period, from the data file the site build writes.</summary>
public sealed record CommentPeriodInfo(
    string Id,
    string Assessment,
    string Title,
    string? AssessmentTitle,
    DateOnly Opens,
    DateOnly Closes,
    int MaxLength,
    IReadOnlyList<string> RequiredFields,
    IReadOnlyList<string> Sections,
    string Url)
{
    private static readonly TimeSpan Tokyo = TimeSpan.FromHours(9);

    public DateTimeOffset OpensAt => new(Opens.ToDateTime(TimeOnly.MinValue), Tokyo);

    /// <summary>The first instant after the closing day (Japan time): the last second of that day is still open.</summary>
    public DateTimeOffset ClosesBefore => new(Closes.AddDays(1).ToDateTime(TimeOnly.MinValue), Tokyo);

    public bool IsOpenAt(DateTimeOffset instant) => instant >= OpensAt && instant < ClosesBefore;

    public bool Requires(string field) => RequiredFields.Contains(field);
}
