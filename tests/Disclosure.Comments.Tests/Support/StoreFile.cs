using Microsoft.Data.Sqlite;

namespace Disclosure.Comments.Tests.Support;

/// <summary>Reads the server's SQLite file directly, as a second process would; read-only unless a test writes on purpose.</summary>
public sealed class StoreFile(string path)
{
    public string Path => path;

    public sealed record Row(
        string Receipt, string PeriodId, string PeriodCloses, string ReceivedAt, string? Section, string Opinion,
        string? DuplicateOf, string? Name, string? Email, string? Address, string? PersonalPurgedAt);

    public sealed record LogRow(string At, string Actor, string Action, string? PeriodId, long Rows);

    /// <summary>Rows whose opinion contains <paramref name="marker"/>, in the order they were stored.</summary>
    public List<Row> RowsWith(string marker) => Rows("WHERE instr(opinion, $marker) > 0 ORDER BY id", ("$marker", marker));

    public List<Row> RowsOf(string periodId) => Rows("WHERE period_id = $period ORDER BY id", ("$period", periodId));

    public List<Row> RowsWhere(Func<Row, bool> predicate) => Rows("ORDER BY id").Where(predicate).ToList();

    public Row? Receipt(string receipt) => Rows("WHERE receipt = $receipt", ("$receipt", receipt)).SingleOrDefault();

    /// <summary>How many rows mention <paramref name="marker"/> in any text column.</summary>
    public long CountMentioning(string marker)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT COUNT(*) FROM submissions
            WHERE instr(opinion, $m) > 0 OR instr(coalesce(name, ''), $m) > 0 OR instr(coalesce(email, ''), $m) > 0
               OR instr(coalesce(address, ''), $m) > 0 OR instr(coalesce(section, ''), $m) > 0
            """;
        command.Parameters.AddWithValue("$m", marker);
        return (long)command.ExecuteScalar()!;
    }

    public List<LogRow> AccessLog()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT at, actor, action, period_id, rows FROM access_log ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<LogRow>();
        while (reader.Read())
        {
            rows.Add(new LogRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4)));
        }
        return rows;
    }

    public object? Scalar(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Writes to the file (alongside the running server, as SQLite allows): only for setting up rows a test needs.</summary>
    public void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
        command.ExecuteNonQuery();
    }

    private List<Row> Rows(string where, params (string Name, object Value)[] parameters)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT receipt, period_id, period_closes, received_at, section, opinion, duplicate_of, name, email, address, personal_purged_at
            FROM submissions {where}
            """;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        using var reader = command.ExecuteReader();
        var rows = new List<Row>();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (reader.Read())
        {
            rows.Add(new Row(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(4), reader.GetString(5),
                Text(6), Text(7), Text(8), Text(9), Text(10)));
        }
        return rows;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }
}
