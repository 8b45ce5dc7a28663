using System.Data.Common;
using System.Globalization;
using Disclosure.Comments.Store;

namespace Disclosure.Comments.Tests.Support;

/// <summary>
/// Reads a server's store directly, as a second process would: the SQLite file (<see cref="StoreFile"/>) or the
/// PostgreSQL database (<see cref="PostgresStore"/>). Times and dates come back as text as staff see them (ISO 8601,
/// Japan time): SQLite's as stored, PostgreSQL's <c>timestamptz</c> and <c>date</c> formatted so.
/// </summary>
public abstract class StoreReader
{
    public sealed record Row(
        string Receipt, string PeriodId, string PeriodCloses, string ReceivedAt, string? Section, string Opinion,
        string? DuplicateOf, string? Name, string? Email, string? Address, string? PersonalPurgedAt);

    public sealed record LogRow(string At, string Actor, string Action, string? PeriodId, long Rows);

    /// <summary>Rows whose opinion contains <paramref name="marker"/>, in the order they were stored.</summary>
    public List<Row> RowsWith(string marker) => Rows($"WHERE {Contains("opinion")} ORDER BY id", ("@m", marker));

    public List<Row> RowsOf(string periodId) => Rows("WHERE period_id = @period ORDER BY id", ("@period", periodId));

    public List<Row> RowsWhere(Func<Row, bool> predicate) => Rows("ORDER BY id").Where(predicate).ToList();

    public Row? Receipt(string receipt) => Rows("WHERE receipt = @receipt", ("@receipt", receipt)).SingleOrDefault();

    public HashSet<string> Receipts() => Rows("").Select(r => r.Receipt).ToHashSet(StringComparer.Ordinal);

    /// <summary>How many rows mention <paramref name="marker"/> in any text column.</summary>
    public long CountMentioning(string marker)
    {
        using var connection = OpenForReading();
        using var command = Command(connection, $"""
            SELECT COUNT(*) FROM submissions
            WHERE {Contains("opinion")} OR {Contains("coalesce(name, '')")} OR {Contains("coalesce(email, '')")}
               OR {Contains("coalesce(address, '')")} OR {Contains("coalesce(section, '')")}
            """, ("@m", marker));
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public List<LogRow> AccessLog()
    {
        using var connection = OpenForReading();
        using var command = Command(connection, "SELECT at, actor, action, period_id, rows FROM access_log ORDER BY id");
        using var reader = command.ExecuteReader();
        var rows = new List<LogRow>();
        while (reader.Read())
        {
            rows.Add(new LogRow(Text(reader, 0)!, reader.GetString(1), reader.GetString(2), Text(reader, 3),
                Convert.ToInt64(reader.GetValue(4), CultureInfo.InvariantCulture)));
        }
        return rows;
    }

    /// <summary>Writes a row as the server would have (alongside the running server): only for rows a test needs that no request can make.</summary>
    public abstract void InsertSubmission(string receipt, string periodId, DateOnly closes, DateTimeOffset receivedAt, string opinion,
        string? name, string? email, string? address);

    protected abstract DbConnection OpenForReading();

    /// <summary>SQL that is true when the parameter <c>@m</c> occurs in <paramref name="column"/>.</summary>
    protected abstract string Contains(string column);

    protected static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private List<Row> Rows(string where, params (string Name, object? Value)[] parameters)
    {
        using var connection = OpenForReading();
        using var command = Command(connection, $"""
            SELECT receipt, period_id, period_closes, received_at, section, opinion, duplicate_of, name, email, address, personal_purged_at
            FROM submissions {where}
            """, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), Text(reader, 2)!, Text(reader, 3)!, Text(reader, 4), reader.GetString(5),
                Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9), Text(reader, 10)));
        }
        return rows;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetValue(ordinal) switch
    {
        string text => text,
        DateOnly date => StoreTime.Format(date),
        DateTime date when reader.GetDataTypeName(ordinal) == "date" => StoreTime.Format(DateOnly.FromDateTime(date)),
        DateTime or DateTimeOffset => StoreTime.Format(StoreTime.Read(reader, ordinal)),
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };
}
