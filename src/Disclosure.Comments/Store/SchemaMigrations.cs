using Microsoft.Data.Sqlite;
using Npgsql;

namespace Disclosure.Comments.Store;

/// <summary>
/// The store's schema, as numbered steps, each written for both stores so the numbers mean the same on either. A new
/// store gets every step; an older one gets the steps it lacks, each in a transaction of its own. SQLite keeps the
/// applied version in its <c>user_version</c>; PostgreSQL in the table <c>schema_version</c>, one row per step, and
/// there the steps run under an advisory lock, so instances starting at once take turns instead of racing.
/// </summary>
public static class SchemaMigrations
{
    private sealed record Step(string[] Sqlite, string[] Postgres);

    private static readonly Step[] Steps =
    [
        // 1: submissions and the staff access log.
        new(
            Sqlite:
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
            Postgres:
            [
                """
                CREATE TABLE submissions (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    receipt text NOT NULL UNIQUE,
                    period_id text NOT NULL,
                    period_closes date NOT NULL,
                    received_at timestamptz NOT NULL,
                    section text,
                    opinion text NOT NULL,
                    opinion_hash text NOT NULL,
                    duplicate_of text,
                    name text,
                    email text,
                    address text,
                    personal_purged_at timestamptz
                )
                """,
                "CREATE INDEX ix_submissions_period ON submissions (period_id, id)",
                // SQLite's one writer makes the first submission of a text unique by construction; here several
                // instances insert at once, so the database holds that rule (and finds the first for a repeat).
                "CREATE UNIQUE INDEX ux_submissions_first ON submissions (period_id, opinion_hash) WHERE duplicate_of IS NULL",
                """
                CREATE TABLE access_log (
                    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                    at timestamptz NOT NULL,
                    actor text NOT NULL,
                    action text NOT NULL,
                    period_id text,
                    rows integer NOT NULL
                )
                """,
            ]),
        // 2: one row the server writes to, durably, at start and while the store is failing, to know it can write.
        new(
            Sqlite: ["CREATE TABLE store_check (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL)"],
            Postgres: ["CREATE TABLE store_check (id integer PRIMARY KEY CHECK (id = 1), checked_at timestamptz NOT NULL)"]),
    ];

    /// <summary>The key of the transaction-level advisory lock the PostgreSQL steps run under ("Disclose" in ASCII).</summary>
    public const long PostgresLockKey = 0x446973636C6F7365;

    public static int Latest => Steps.Length;

    public static void Apply(SqliteConnection connection)
    {
        var current = Convert.ToInt32(Scalar(connection, null, "PRAGMA user_version"));
        RefuseNewer(current);
        for (var version = current + 1; version <= Latest; version++)
        {
            using var transaction = connection.BeginTransaction();
            foreach (var sql in Steps[version - 1].Sqlite)
            {
                Execute(connection, transaction, sql);
            }
            Execute(connection, transaction, $"PRAGMA user_version = {version}");
            transaction.Commit();
        }
    }

    public static void Apply(NpgsqlConnection connection)
    {
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            // Held until this transaction ends; whoever waited for it reads the version again, after this step.
            Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey})");
            if (Scalar(connection, transaction, "SELECT to_regclass('schema_version') IS NULL") is true)
            {
                Execute(connection, transaction,
                    "CREATE TABLE schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
            }
            var current = Convert.ToInt32(Scalar(connection, transaction, "SELECT coalesce(max(version), 0) FROM schema_version"));
            RefuseNewer(current);
            if (current == Latest)
            {
                transaction.Commit();
                return;
            }
            foreach (var sql in Steps[current].Postgres)
            {
                Execute(connection, transaction, sql);
            }
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({current + 1})");
            transaction.Commit();
        }
    }

    private static void RefuseNewer(int current)
    {
        if (current > Latest)
        {
            throw new InvalidOperationException(
                $"The comment store was written by a newer version (schema {current}, this program knows {Latest}). Update the program.");
        }
    }

    private static object? Scalar(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
