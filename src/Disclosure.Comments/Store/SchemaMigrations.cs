using Microsoft.Data.Sqlite;

namespace Disclosure.Comments.Store;

/// <summary>
/// The store's schema, as numbered steps. A new file gets every step; an older file gets the steps it lacks.
/// The applied version is kept in SQLite's <c>user_version</c>.
/// </summary>
public static class SchemaMigrations
{
    private static readonly string[][] Steps =
    [
        // 1: submissions and the staff access log.
        [
            """
            CREATE TABLE submissions (
                id INTEGER PRIMARY KEY,
                receipt TEXT NOT NULL UNIQUE,
                period_id TEXT NOT NULL,
                period_closes TEXT NOT NULL,
                received_at TEXT NOT NULL,
                section TEXT,
                opinion TEXT NOT NULL,
                opinion_hash TEXT NOT NULL,
                duplicate_of TEXT,
                name TEXT,
                email TEXT,
                address TEXT,
                personal_purged_at TEXT
            )
            """,
            "CREATE INDEX ix_submissions_period ON submissions (period_id, id)",
            "CREATE INDEX ix_submissions_hash ON submissions (period_id, opinion_hash)",
            """
            CREATE TABLE access_log (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                period_id TEXT,
                rows INTEGER NOT NULL
            )
            """,
        ],
    ];

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        var current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"));
        if (current > Latest)
        {
            throw new InvalidOperationException(
                $"The comment store was written by a newer version (schema {current}, this program knows {Latest}). Update the program.");
        }
        for (var version = current + 1; version <= Latest; version++)
        {
            using var transaction = connection.BeginTransaction();
            foreach (var sql in Steps[version - 1])
            {
                Execute(connection, transaction, sql);
            }
            Execute(connection, transaction, $"PRAGMA user_version = {version}");
            transaction.Commit();
        }
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
