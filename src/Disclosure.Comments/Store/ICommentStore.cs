namespace Disclosure.Comments.Store;

/// <summary>
/// Where submissions live. Kept small so a server database can stand in for the embedded SQLite file.
/// </summary>
public interface ICommentStore : IAsyncDisposable
{
    /// <summary>Stores the submission durably and only then returns its receipt number.</summary>
    Task<string> AddAsync(NewComment comment, CancellationToken cancellationToken = default);

    Task<bool> ExistsAsync(string periodId, string receipt, CancellationToken cancellationToken = default);

    /// <summary>Reads a period's submissions for staff, and records that read in the access log in the same step.</summary>
    Task<IReadOnlyList<StoredComment>> ReadForStaffAsync(string periodId, string actor, string action, CancellationToken cancellationToken = default);

    /// <summary>Removes name, email and address from submissions of periods that closed before <paramref name="closedBefore"/>; logged.</summary>
    Task<int> PurgePersonalDataAsync(DateOnly closedBefore, string actor, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes and commits a row of its own, durably: throws when the store cannot take a submission just now.</summary>
    Task ProbeAsync(CancellationToken cancellationToken = default);

    /// <summary>The ids of the periods that have submissions: names only, no personal data, not logged.</summary>
    Task<IReadOnlyList<string>> PeriodIdsAsync(CancellationToken cancellationToken = default);
}
