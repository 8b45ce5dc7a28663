namespace Disclosure.Comments.Store;

/// <param name="DuplicateOf">The receipt of the first submission in the same period with the same text, if this repeats one.</param>
/// <param name="PersonalDataPurged">Name, email and address were removed after the period closed.</param>
public sealed record StoredComment(
    string Receipt,
    string PeriodId,
    DateTimeOffset ReceivedAt,
    string? Section,
    string Opinion,
    string? DuplicateOf,
    string? Name,
    string? Email,
    string? Address,
    bool PersonalDataPurged);
