namespace Disclosure.Comments.Store;

/// <summary>A validated submission, not yet stored.</summary>
public sealed record NewComment(
    string PeriodId,
    DateOnly PeriodCloses,
    DateTimeOffset ReceivedAt,
    string? Section,
    string Opinion,
    string? Name,
    string? Email,
    string? Address);
