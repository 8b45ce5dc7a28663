using System.Threading.Channels;
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
    private readonly string _path;
    private readonly string _connectionString;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
    private readonly TimeProvider _time;
    private SqliteConnection? _writeConnection;

    private SqliteCommentStore(string path, string connectionString, SqliteConnection writeConnection, TimeProvider time)
    {
        _path = path;
        _time = time;
        _connectionString = connectionString;
        _writeConnection = writeConnection;
        _writer = Task.Run(WriteLoopAsync);
    }

    /// <summary>Opens (creating and migrating) the file; <see cref="CommentStores.OpenWritable"/> also writes to it once.</summary>
    public static SqliteCommentStore Open(string path, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
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
        SqliteConnection? connection = null;
        try
        {
            connection = OpenWriter(connectionString);
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw new InvalidOperationException($"The comment store {Path.GetFullPath(path)} cannot be written to ({e.Message}).", e);
        }
        return new SqliteCommentStore(path, connectionString, connection, time);
    }

    private static SqliteConnection OpenWriter(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Pragma(connection, "PRAGMA journal_mode = WAL");
        Pragma(connection, "PRAGMA synchronous = FULL");
        Pragma(connection, "PRAGMA busy_timeout = 10000");
        SchemaMigrations.Apply(connection);
        return connection;
    }

    public async Task ProbeAsync(CancellationToken cancellationToken = default) => await EnqueueAsync(new Probe(_time.GetUtcNow()), cancellationToken);

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
        command.CommandText = StoreStatements.Exists;
        command.Parameters.AddWithValue("@receipt", receipt);
        command.Parameters.AddWithValue("@period", periodId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<IReadOnlyList<StoredComment>> ReadForStaffAsync(string periodId, string actor, string action, CancellationToken cancellationToken = default)
    {
        var rows = new List<StoredComment>();
        await using (var connection = await OpenReaderAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = StoreStatements.SelectComments;
            command.Parameters.AddWithValue("@period", periodId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(StoreStatements.ReadComment(reader));
            }
        }

        // The data is handed over only once the access is on record.
        await EnqueueAsync(new LogAccess(new AccessLogEntry(_time.GetUtcNow(), actor, action, periodId, rows.Count)), cancellationToken);
        return rows;
    }

    public async Task<int> PurgePersonalDataAsync(DateOnly closedBefore, string actor, CancellationToken cancellationToken = default) =>
        (int)(await EnqueueAsync(new PurgePersonalData(_time.GetUtcNow(), closedBefore, actor), cancellationToken))!;

    public async Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = StoreStatements.SelectAccessLog;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AccessLogEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(StoreStatements.ReadAccessLogEntry(reader));
        }
        return entries;
    }

    public async Task<IReadOnlyList<string>> PeriodIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenReaderAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = StoreStatements.SelectPeriodIds;
        return await StoreStatements.ReadStringsAsync(command, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
        if (_writeConnection is not null)
        {
            await _writeConnection.DisposeAsync();
        }
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
            var connection = Writer();
            using (var transaction = connection.BeginTransaction())
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    try
                    {
                        results[i] = batch[i].Execute(connection, transaction);
                    }
                    catch (SqliteException e) when (e.SqliteErrorCode == 19)
                    {
                        // A constraint of this one write; the others of the batch go on.
                        failures[i] = e;
                    }
                }
                transaction.Commit();
            }
            if (SqliteFile.HasMoved(connection, _path))
            {
                throw new StoreUnavailableException($"The comment store {Path.GetFullPath(_path)} was moved or deleted while the server was running.");
            }
        }
        catch (Exception e)
        {
            // Nothing of this batch is known to be on disk where it will be read: every caller hears so, none gets a
            // receipt. The next batch opens the file afresh (once it is there again).
            _writeConnection?.Dispose();
            _writeConnection = null;
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

    /// <summary>The writing connection, opened again after a failure — but never in a folder that has gone: that is for an operator to restore.</summary>
    private SqliteConnection Writer()
    {
        if (_writeConnection is { } open)
        {
            return open;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(_path))!;
        if (!Directory.Exists(folder))
        {
            throw new StoreUnavailableException($"The folder of the comment store ({folder}) does not exist.");
        }
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        return _writeConnection = OpenWriter(_connectionString);
    }

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

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
        public override object? Execute(SqliteConnection connection, SqliteTransaction transaction)
        {
            // One writer: the first of a text is always committed, or in this very transaction, before a repeat is looked at.
            using var insert = Command(connection, transaction, StoreStatements.InsertComment);
            var receipt = StoreStatements.BindComment(insert, comment, StoreValues.Sqlite);
            return StoreStatements.DrawReceipt(drawn =>
            {
                receipt.Value = drawn;
                return insert.ExecuteNonQuery() == 1;
            });
        }
    }

    private sealed class Probe(DateTimeOffset at) : PendingWrite
    {
        public override object? Execute(SqliteConnection connection, SqliteTransaction transaction)
        {
            using var probe = Command(connection, transaction, StoreStatements.Probe);
            StoreStatements.Add(probe, "@at", StoreTime.Format(at));
            probe.ExecuteNonQuery();
            return null;
        }
    }

    private sealed class LogAccess(AccessLogEntry entry) : PendingWrite
    {
        public override object? Execute(SqliteConnection connection, SqliteTransaction transaction)
        {
            using var insert = Command(connection, transaction, StoreStatements.InsertAccessLog);
            StoreStatements.BindAccessLog(insert, entry, StoreValues.Sqlite);
            insert.ExecuteNonQuery();
            return null;
        }
    }

    private sealed class PurgePersonalData(DateTimeOffset now, DateOnly closedBefore, string actor) : PendingWrite
    {
        public override object? Execute(SqliteConnection connection, SqliteTransaction transaction)
        {
            using var purge = Command(connection, transaction, StoreStatements.PurgePersonalData);
            StoreStatements.BindPurge(purge, now, closedBefore, StoreValues.Sqlite);
            var rows = purge.ExecuteNonQuery();
            new LogAccess(new AccessLogEntry(now, actor, "purge", null, rows)).Execute(connection, transaction);
            return rows;
        }
    }
}
