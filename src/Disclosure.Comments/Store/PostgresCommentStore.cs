using Npgsql;

namespace Disclosure.Comments.Store;

/// <summary>
/// The shared store: one PostgreSQL database that several endpoint instances behind a load balancer write to at once.
/// Each submission is one statement in a transaction of its own, answered only after PostgreSQL has committed it with
/// <c>synchronous_commit = on</c> (set on every connection), so a receipt means the row is on disk. There is no
/// group-commit writer as in SQLite: PostgreSQL already flushes the commits of concurrent connections together, and
/// measured on the 2-core machine, turning <c>synchronous_commit</c> off made the store less than 5 % faster, so what
/// limits it there is CPU, not flushing (README, Performance).
/// Repeated texts are found by the same fingerprint and statement as in SQLite; what keeps two instances from both
/// storing "the first" of a text is the unique index <c>ux_submissions_first</c> (see <see cref="AddAsync"/>).
/// </summary>
public sealed class PostgresCommentStore : ICommentStore
{
    private readonly NpgsqlDataSource _source;
    private readonly TimeProvider _time;

    private PostgresCommentStore(NpgsqlDataSource source, TimeProvider time) => (_source, _time) = (source, time);

    /// <summary>Connects, and brings the database's schema up to date (see <see cref="SchemaMigrations"/>).</summary>
    /// <exception cref="InvalidOperationException">No or a malformed connection string, or a newer schema.</exception>
    /// <exception cref="NpgsqlException">The database cannot be reached or refuses the role.</exception>
    public static PostgresCommentStore Open(string connectionString, TimeProvider? time = null)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Comments__Store is postgres, but Comments__PostgresConnectionString is not set (give it in the environment, never in appsettings.json).");
        }
        NpgsqlDataSourceBuilder builder;
        try
        {
            builder = new NpgsqlDataSourceBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            // The message names the wrong keyword, never the password.
            throw new InvalidOperationException($"Comments__PostgresConnectionString is not a valid connection string: {e.Message}", e);
        }
        var settings = builder.ConnectionStringBuilder;
        settings.ApplicationName ??= "disclosure-comments";
        // The server's default, made sure of (last, so it wins over an earlier -c): a database, role or connection
        // string set to "off" must not turn receipts into promises.
        settings.Options = $"{settings.Options} -c synchronous_commit=on".Trim();
        // Two defaults for throughput, each measured with tests/benchmarks/comments-load.sh; a connection string that
        // names either keeps its own value (e.g. "Max Auto Prepare=0" behind a pooler that cannot keep prepared statements).
        if (!Names(connectionString, "Max Auto Prepare"))
        {
            // The same few statements, over and over: prepared once per connection they cost about a tenth less.
            settings.MaxAutoPrepare = 8;
        }
        if (!Names(connectionString, "No Reset On Close"))
        {
            // The store changes no session state (no SET, no temporary tables; its one lock is transaction-scoped), so
            // a pooled connection needs no reset, which PostgreSQL ran as a transaction of its own: about 15 % faster.
            settings.NoResetOnClose = true;
        }

        var source = builder.Build();
        try
        {
            using var connection = source.OpenConnection();
            SchemaMigrations.Apply(connection);
            return new PostgresCommentStore(source, time ?? TimeProvider.System);
        }
        catch
        {
            source.Dispose();
            throw;
        }
    }

    /// <summary>
    /// One <c>INSERT … SELECT</c> looks up the first submission of the same text and stores this one in the same
    /// statement. Two instances may both find no first and both try to be it; the unique index on the first of each
    /// text lets one in and makes the other wait for it and then change nothing (<c>ON CONFLICT DO NOTHING</c>). That
    /// one tries again, with a new statement that now sees the first and so stores a repeat of it. A taken receipt
    /// is handled the same way. The insert is not cancelled once started: a citizen who left still has a stored opinion.
    /// </summary>
    public async Task<string> AddAsync(NewComment comment, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var insert = _source.CreateCommand(StoreStatements.InsertComment);
        var receipt = StoreStatements.BindComment(insert, comment, StoreValues.Postgres);
        return await StoreStatements.DrawReceiptAsync(async drawn =>
        {
            receipt.Value = drawn;
            return await insert.ExecuteNonQueryAsync(CancellationToken.None) == 1;
        });
    }

    public async Task<bool> ExistsAsync(string periodId, string receipt, CancellationToken cancellationToken = default)
    {
        await using var command = _source.CreateCommand(StoreStatements.Exists);
        StoreStatements.Add(command, "@receipt", receipt);
        StoreStatements.Add(command, "@period", periodId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<IReadOnlyList<StoredComment>> ReadForStaffAsync(string periodId, string actor, string action, CancellationToken cancellationToken = default)
    {
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var rows = new List<StoredComment>();
        await using (var select = new NpgsqlCommand(StoreStatements.SelectComments, connection, transaction))
        {
            StoreStatements.Add(select, "@period", periodId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(StoreStatements.ReadComment(reader));
            }
        }

        // The data is handed over only once the access is on record.
        await using (var log = new NpgsqlCommand(StoreStatements.InsertAccessLog, connection, transaction))
        {
            StoreStatements.BindAccessLog(log, new AccessLogEntry(_time.GetUtcNow(), actor, action, periodId, rows.Count), StoreValues.Postgres);
            await log.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    public async Task<int> PurgePersonalDataAsync(DateOnly closedBefore, string actor, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        await using var connection = await _source.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        int rows;
        await using (var purge = new NpgsqlCommand(StoreStatements.PurgePersonalData, connection, transaction))
        {
            StoreStatements.BindPurge(purge, now, closedBefore, StoreValues.Postgres);
            rows = await purge.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var log = new NpgsqlCommand(StoreStatements.InsertAccessLog, connection, transaction))
        {
            StoreStatements.BindAccessLog(log, new AccessLogEntry(now, actor, "purge", null, rows), StoreValues.Postgres);
            await log.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    public async Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _source.CreateCommand(StoreStatements.SelectAccessLog);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AccessLogEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(StoreStatements.ReadAccessLogEntry(reader));
        }
        return entries;
    }

    public async Task ProbeAsync(CancellationToken cancellationToken = default)
    {
        await using var probe = _source.CreateCommand(StoreStatements.Probe);
        StoreStatements.Add(probe, "@at", _time.GetUtcNow());
        await probe.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> PeriodIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _source.CreateCommand(StoreStatements.SelectPeriodIds);
        return await StoreStatements.ReadStringsAsync(command, cancellationToken);
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    /// <summary>Whether the connection string as written sets <paramref name="keyword"/> (spaces and case aside).</summary>
    private static bool Names(string connectionString, string keyword)
    {
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return written.Keys.Cast<string>().Any(k =>
            string.Equals(k.Replace(" ", "", StringComparison.Ordinal), keyword.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
    }
}
