using System.Data.Common;
using Disclosure.Comments.Store;
using Microsoft.Data.Sqlite;

namespace Disclosure.Comments.Tests.Support;

/// <summary>Reads the server's SQLite file directly, as a second process would; read-only unless a test writes on purpose.</summary>
public sealed class StoreFile(string path) : StoreReader
{
    public string Path => path;

    public object? Scalar(string sql)
    {
        using var connection = OpenForReading();
        using var command = Command(connection, sql);
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
        using var command = Command(connection, sql, parameters);
        command.ExecuteNonQuery();
    }

    public override void InsertSubmission(string receipt, string periodId, DateOnly closes, DateTimeOffset receivedAt, string opinion,
        string? name, string? email, string? address) =>
        Execute("""
            INSERT INTO submissions (receipt, period_id, period_closes, received_at, section, opinion, opinion_hash, duplicate_of, name, email, address)
            VALUES ($receipt, $period, $closes, $received, NULL, $opinion, $hash, NULL, $name, $email, $address)
            """,
            ("$receipt", receipt), ("$period", periodId), ("$closes", StoreTime.Format(closes)), ("$received", StoreTime.Format(receivedAt)),
            ("$opinion", opinion), ("$hash", OpinionText.Fingerprint(opinion)), ("$name", name), ("$email", email), ("$address", address));

    protected override DbConnection OpenForReading()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false, DefaultTimeout = 30,
        }.ToString());
        connection.Open();
        return connection;
    }

    protected override string Contains(string column) => $"instr({column}, @m) > 0";
}
