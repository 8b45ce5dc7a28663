using System.Data.Common;
using Disclosure.Comments.Receipts;

namespace Disclosure.Comments.Store;

/// <summary>
/// What the SQLite and the PostgreSQL store do alike, in one place so the two cannot drift apart: the statements
/// (plain SQL that both run unchanged, parameters written <c>@name</c> as both providers accept), how a submission is
/// bound to them, how rows are read back, and how a receipt number that is not yet taken is drawn. Only the values
/// differ: SQLite is given times as ISO text (<see cref="StoreTime"/>), PostgreSQL as <c>timestamptz</c> and <c>date</c>.
/// </summary>
internal static class StoreStatements
{
    /// <summary>
    /// Stores a submission, marked as a repeat of the first submission in its period with the same fingerprint
    /// (<see cref="OpinionText.Fingerprint"/>), if there is one. It stores nothing, and says so by changing no row, when
    /// the receipt is taken or, on PostgreSQL, when another instance has just stored the first of the same text (the
    /// unique index <c>ux_submissions_first</c>): the caller then tries again, with a new receipt and a new look at
    /// which submission is the first.
    /// </summary>
    public const string InsertComment = """
        INSERT INTO submissions (receipt, period_id, period_closes, received_at, section, opinion, opinion_hash, duplicate_of, name, email, address)
        SELECT @receipt, @period, @closes, @received, @section, @opinion, @hash,
            (SELECT first.receipt FROM submissions AS first
             WHERE first.period_id = @period AND first.opinion_hash = @hash AND first.duplicate_of IS NULL
             ORDER BY first.id LIMIT 1),
            @name, @email, @address
        WHERE true
        ON CONFLICT DO NOTHING
        """;

    public const string Exists = "SELECT 1 FROM submissions WHERE receipt = @receipt AND period_id = @period";

    public const string SelectComments = """
        SELECT receipt, period_id, received_at, section, opinion, duplicate_of, name, email, address, personal_purged_at
        FROM submissions WHERE period_id = @period ORDER BY id
        """;

    public const string InsertAccessLog =
        "INSERT INTO access_log (at, actor, action, period_id, rows) VALUES (@at, @actor, @action, @period, @rows)";

    public const string SelectAccessLog = "SELECT at, actor, action, period_id, rows FROM access_log ORDER BY id";

    public const string SelectPeriodIds = "SELECT DISTINCT period_id FROM submissions ORDER BY period_id";

    /// <summary>A durable write that changes nothing of the submissions: can the store be written to?</summary>
    public const string Probe =
        "INSERT INTO store_check (id, checked_at) VALUES (1, @at) ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at";

    public const string PurgePersonalData = """
        UPDATE submissions SET name = NULL, email = NULL, address = NULL, personal_purged_at = @now
        WHERE personal_purged_at IS NULL AND period_id IN (
            -- The latest closing date any submission recorded: a period extended after early submissions
            -- is judged by its new date.
            SELECT period_id FROM submissions GROUP BY period_id HAVING MAX(period_closes) < @before)
        """;

    private const int ReceiptAttempts = 5;

    /// <summary>Binds <see cref="InsertComment"/>'s parameters and returns the receipt's, for <see cref="DrawReceipt"/> to fill.</summary>
    public static DbParameter BindComment(DbCommand command, NewComment comment, StoreValues values)
    {
        Add(command, "@period", comment.PeriodId);
        Add(command, "@closes", values.Date(comment.PeriodCloses));
        Add(command, "@received", values.Time(comment.ReceivedAt));
        Add(command, "@section", comment.Section);
        Add(command, "@opinion", comment.Opinion);
        Add(command, "@hash", OpinionText.Fingerprint(comment.Opinion));
        Add(command, "@name", comment.Name);
        Add(command, "@email", comment.Email);
        Add(command, "@address", comment.Address);
        return Add(command, "@receipt", "");
    }

    public static void BindAccessLog(DbCommand command, AccessLogEntry entry, StoreValues values)
    {
        Add(command, "@at", values.Time(entry.At));
        Add(command, "@actor", entry.Actor);
        Add(command, "@action", entry.Action);
        Add(command, "@period", entry.PeriodId);
        Add(command, "@rows", entry.Rows);
    }

    public static void BindPurge(DbCommand command, DateTimeOffset now, DateOnly closedBefore, StoreValues values)
    {
        Add(command, "@now", values.Time(now));
        Add(command, "@before", values.Date(closedBefore));
    }

    /// <summary>Draws receipt numbers until <paramref name="tryInsert"/> stores one (a few tries; a clash is a one in 10¹⁵ event).</summary>
    public static string DrawReceipt(Func<string, bool> tryInsert)
    {
        for (var attempt = 0; attempt < ReceiptAttempts; attempt++)
        {
            var receipt = ReceiptNumber.New();
            if (tryInsert(receipt))
            {
                return receipt;
            }
        }
        throw NoReceipt();
    }

    /// <inheritdoc cref="DrawReceipt"/>
    public static async Task<string> DrawReceiptAsync(Func<string, Task<bool>> tryInsert)
    {
        for (var attempt = 0; attempt < ReceiptAttempts; attempt++)
        {
            var receipt = ReceiptNumber.New();
            if (await tryInsert(receipt))
            {
                return receipt;
            }
        }
        throw NoReceipt();
    }

    /// <summary>The first column of every row.</summary>
    public static async Task<IReadOnlyList<string>> ReadStringsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    /// <summary>A row of <see cref="SelectComments"/>.</summary>
    public static StoredComment ReadComment(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), StoreTime.Read(reader, 2), Text(reader, 3), reader.GetString(4),
        Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8), !reader.IsDBNull(9));

    /// <summary>A row of <see cref="SelectAccessLog"/>.</summary>
    public static AccessLogEntry ReadAccessLogEntry(DbDataReader reader) => new(
        StoreTime.Read(reader, 0), reader.GetString(1), reader.GetString(2), Text(reader, 3), reader.GetInt32(4));

    public static DbParameter Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static InvalidOperationException NoReceipt() => new("Could not draw an unused receipt number.");
}

/// <summary>How a store is given times and dates: the one thing in which the two dialects differ for the shared statements.</summary>
internal sealed record StoreValues(Func<DateTimeOffset, object> Time, Func<DateOnly, object> Date)
{
    /// <summary>ISO 8601 text in Japan time, as the SQLite file has always kept them.</summary>
    public static readonly StoreValues Sqlite = new(t => StoreTime.Format(t), d => StoreTime.Format(d));

    /// <summary><c>timestamptz</c> (Npgsql takes UTC) and <c>date</c>.</summary>
    public static readonly StoreValues Postgres = new(t => t.UtcDateTime, d => d);
}
