using System.Data.Common;
using Npgsql;

namespace Disclosure.Comments.Tests.Support;

/// <summary>Reads the server's PostgreSQL database directly, in read-only sessions unless a test writes on purpose.</summary>
public sealed class PostgresStore(string connectionString) : StoreReader
{
    public string ConnectionString => connectionString;

    public override void InsertSubmission(string receipt, string periodId, DateOnly closes, DateTimeOffset receivedAt, string opinion,
        string? name, string? email, string? address)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = Command(connection, """
            INSERT INTO submissions (receipt, period_id, period_closes, received_at, section, opinion, opinion_hash, duplicate_of, name, email, address)
            VALUES (@receipt, @period, @closes, @received, NULL, @opinion, @hash, NULL, @name, @email, @address)
            """,
            ("@receipt", receipt), ("@period", periodId), ("@closes", closes), ("@received", receivedAt.UtcDateTime), ("@opinion", opinion),
            ("@hash", Disclosure.Comments.Store.OpinionText.Fingerprint(opinion)), ("@name", name), ("@email", email), ("@address", address));
        command.ExecuteNonQuery();
    }

    public object? Scalar(string sql)
    {
        using var connection = OpenForReading();
        using var command = Command(connection, sql);
        return command.ExecuteScalar();
    }

    /// <summary>Writes to the database: only for setting up what a test needs.</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = Command(connection, sql);
        command.ExecuteNonQuery();
    }

    protected override DbConnection OpenForReading()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString);
        connection.Open();
        return connection;
    }

    protected override string Contains(string column) => $"strpos({column}, @m) > 0";
}
