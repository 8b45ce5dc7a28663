using System.Threading.Channels;
using Disclosure.Comments.Receipts;
using Microsoft.Data.Sqlite;

namespace Disclosure.Comments.Store;

/// <summary>
/// The embedded store: one SQLite file in WAL mode with <c>synchronous=FULL</c>, so a committed submission survives
/// a killed process or a power cut. Writes go through one writer that commits whatever has queued up in a single
/// transaction (group commit): each caller still waits for its own row to be on disk, but many share one fsync.
/// </summary>
public sealed class SqliteCommentStore : ICommentStore
{
    private const int MaxBatch = 512;
    private readonly string _connectionString;
    private readonly SqliteConnection _writeConnection;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;

    private SqliteCommentStore(string connectionString, SqliteConnection writeConnection)
    {
        _connectionString = connectionString;
        _writeConnection = writeConnection;
        _writer = Task.Run(WriteLoopAsync);
    }

    public static SqliteCommentStore Open(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Pragma(connection, "PRAGMA journal_mode = WAL");
        Pragma(connection, "PRAGMA synchronous = FULL");
        Pragma(connection, "PRAGMA busy_timeout = 10000");
        SchemaMigrations.Apply(connection);
        return new SqliteCommentStore(connectionString, connection);
    }

    public async Task<string> AddAsync(NewComment comment, CancellationToken cancellationToken = default)
    {
        var write = new InsertComment(comment);
        await _queue.Writer.WriteAsync(write, cancellationToken);
        return (string)(await write.Completion.Task)!;
    }

    public async Task<bool> ExistsAsync(string periodId, string receipt, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM submissions WHERE receipt = $receipt AND period_id = $period";
        command.Parameters.AddWithValue("$receipt", receipt);
        command.Parameters.AddWithValue("$period", periodId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<IReadOnlyList<StoredComment>> ReadForStaffAsync(string periodId, string actor, string action, CancellationToken cancellationToken = default)
    {
        var rows = new List<StoredComment>();
        await using (var connection = await OpenReaderAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT receipt, period_id, received_at, section, opinion, duplicate_of, name, email, address, personal_purged_at
                FROM submissions WHERE period_id = $period ORDER BY id
                """;
            command.Parameters.AddWithValue("$period", periodId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(new StoredComment(
                    reader.GetString(0), reader.GetString(1), StoreTime.Parse(reader.GetString(2)),
                    Text(reader, 3), reader.GetString(4), Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8),
                    !reader.IsDBNull(9)));
            }
        }

        // The data is handed over only once the access is on record.
        await EnqueueAsync(new LogAccess(new AccessLogEntry(DateTimeOffset.UtcNow, actor, action, periodId, rows.Count)), cancellationToken);
        return rows;
    }

    public async Task<int> PurgePersonalDataAsync(DateOnly closedBefore, string actor, CancellationToken cancellationToken = default) =>
        (int)(await EnqueueAsync(new PurgePersonalData(closedBefore, actor), cancellationToken))!;

    public async Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, actor, action, period_id, rows FROM access_log ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AccessLogEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AccessLogEntry(StoreTime.Parse(reader.GetString(0)), reader.GetString(1), reader.GetString(2), Text(reader, 3), reader.GetInt32(4)));
        }
        return entries;
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        await _writeConnection.DisposeAsync();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    private async Task<object?> EnqueueAsync(PendingWrite write, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(write, cancellationToken);
        return await write.Completion.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var write))
            {
                batch.Add(write);
            }
            CommitBatch(batch);
            batch.Clear();
        }
    }

    private void CommitBatch(List<PendingWrite> batch)
    {
        var results = new object?[batch.Count];
        var failures = new Exception?[batch.Count];
        try
        {
            using var transaction = _writeConnection.BeginTransaction();
            for (var i = 0; i < batch.Count; i++)
            {
                try
                {
                    results[i] = batch[i].Execute(_writeConnection, transaction);
                }
                catch (SqliteException e)
                {
                    failures[i] = e;
                }
            }
            transaction.Commit();
        }
        catch (Exception e)
        {
            // Nothing of this batch reached the disk: every caller hears so, none gets a receipt.
            foreach (var write in batch)
            {
                write.Completion.TrySetException(e);
            }
            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Completion.TrySetException(failure);
            }
            else
            {
                batch[i].Completion.TrySetResult(results[i]);
            }
        }
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private abstract class PendingWrite
    {
        public TaskCompletionSource<object?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public abstract object? Execute(SqliteConnection connection, SqliteTransaction transaction);

        protected static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            return command;
        }
    }

    private sealed class InsertComment(NewComment comment) : PendingWrite
    {
        private const int ReceiptAttempts = 5;

        public override object? Execute(SqliteConnection connection, SqliteTransaction transaction)
        {
            var fingerprint = OpinionText.Fingerprint(comment.Opinion);
            string? duplicateOf;
            using (var find = Command(connection, transaction,
                "SELECT receipt FROM submissions WHERE period_id = $period AND opinion_hash = $hash ORDER BY id LIMIT 1"))
            {
                find.Parameters.AddWithValue("$period", comment.PeriodId);
                find.Parameters.AddWithValue("$hash", fingerprint);
                duplicateOf = find.ExecuteScalar() as string;
            }

            using var insert = Command(connection, transaction, """
                INSERT INTO submissions (receipt, period_id, period_closes, received_at, section, opinion, opinion_hash, duplicate_of, name, email, address)
                VALUES ($receipt, $period, $closes, $received, $section, $opinion, $hash, $duplicate, $name, $email, $address)
                ON CONFLICT (receipt) DO NOTHING
                """);
            insert.Parameters.AddWithValue("$period", comment.PeriodId);
            insert.Parameters.AddWithValue("$closes", StoreTime.Format(comment.PeriodCloses));
            insert.Parameters.AddWithValue("$received", StoreTime.Format(comment.ReceivedAt));
            insert.Parameters.AddWithValue("$section", (object?)comment.Section ?? DBNull.Value);
            insert.Parameters.AddWithValue("$opinion", comment.Opinion);
            insert.Parameters.AddWithValue("$hash", fingerprint);
            insert.Parameters.AddWithValue("$duplicate", (object?)duplicateOf ?? DBNull.Value);
            insert.Parameters.AddWithValue("$name", (object?)comment.Name ?? DBNull.Value);
            insert.Parameters.AddWithValue("$email", (object?)comment.Email ?? DBNull.Value);
            insert.Parameters.AddWithValue("$address", (object?)comment.Address ?? DBNull.Value);
            var receipt = insert.Parameters.Add("$receipt", SqliteType.Text);
            for (var attempt = 0; attempt < ReceiptAttempts; attempt++)
            {
                receipt.Value = ReceiptNumber.New();
                if (insert.ExecuteNonQuery() == 1)
                {
                    return (string)receipt.Value;
                }
            }
            throw new InvalidOperationException("Could not draw an unused receipt number.");
        }
    }

    private sealed class LogAccess(AccessLogEntry entry) : PendingWrite
    {
        public override object? Execute(SqliteConnection connection, SqliteTransaction transaction)
        {
            using var insert = Command(connection, transaction,
                "INSERT INTO access_log (at, actor, action, period_id, rows) VALUES ($at, $actor, $action, $period, $rows)");
            insert.Parameters.AddWithValue("$at", StoreTime.Format(entry.At));
            insert.Parameters.AddWithValue("$actor", entry.Actor);
            insert.Parameters.AddWithValue("$action", entry.Action);
            insert.Parameters.AddWithValue("$period", (object?)entry.PeriodId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$rows", entry.Rows);
            insert.ExecuteNonQuery();
            return null;
        }
    }

    private sealed class PurgePersonalData(DateOnly closedBefore, string actor) : PendingWrite
    {
        public override object? Execute(SqliteConnection connection, SqliteTransaction transaction)
        {
            var now = DateTimeOffset.UtcNow;
            using var purge = Command(connection, transaction, """
                UPDATE submissions SET name = NULL, email = NULL, address = NULL, personal_purged_at = $now
                WHERE personal_purged_at IS NULL AND period_id IN (
                    -- The latest closing date any submission recorded: a period extended after early submissions
                    -- is judged by its new date.
                    SELECT period_id FROM submissions GROUP BY period_id HAVING MAX(period_closes) < $before)
                """);
            purge.Parameters.AddWithValue("$now", StoreTime.Format(now));
            purge.Parameters.AddWithValue("$before", StoreTime.Format(closedBefore));
            var rows = purge.ExecuteNonQuery();
            new LogAccess(new AccessLogEntry(now, actor, "purge", null, rows)).Execute(connection, transaction);
            return rows;
        }
    }
}
