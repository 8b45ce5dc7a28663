using System.Globalization;
using Npgsql;

namespace Disclosure.Comments.Tests.Support;

/// <summary>
/// The PostgreSQL the store's tests run against: <c>DISCLOSURE_TEST_POSTGRES</c>, an Npgsql connection string of a role
/// that may create databases (tests/run.sh starts one on 127.0.0.1 and sets it). Each fixture or test gets a database
/// of its own, dropped at its end, so test runs never see each other's rows.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "DISCLOSURE_TEST_POSTGRES";
    private const string Prefix = "disclosure_test_";
    private static readonly SemaphoreSlim Creating = new(1, 1);
    private static bool _swept;

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Why the PostgreSQL variants are skipped in this run, or null when they run. They are never skipped in CI
    /// (<c>CI=true</c>): there a missing <see cref="Variable"/> fails them, so CI cannot go green without them.
    /// </summary>
    public static string? SkipReason => ConnectionString is null && !InCi
        ? $"{Variable} is not set, so the PostgreSQL store is not tested here. tests/run.sh starts a PostgreSQL on 127.0.0.1 and sets it (with CI=true these tests fail instead)."
        : null;

    public static string Require() => ConnectionString ?? throw new InvalidOperationException(
        $"{Variable} is not set, so the PostgreSQL store cannot be tested. Run the tests with tests/run.sh, which installs and starts " +
        "a PostgreSQL on 127.0.0.1 and sets it, or set it to an Npgsql connection string of a role that may create databases.");

    /// <summary>Creates a new, empty database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var server = Require();
        var name = $"{Prefix}{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid().ToString("N")[..12]}";
        // One CREATE DATABASE at a time: each copies template1, which must not be in use by another copy.
        await Creating.WaitAsync();
        try
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            if (!_swept)
            {
                await DropLeftoversAsync(connection);
                _swept = true;
            }
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        finally
        {
            Creating.Release();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Require());
        await connection.OpenAsync();
        // FORCE ends the sessions still open on it, e.g. of a server killed on purpose whose backends linger.
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Databases of test runs that were killed before they could drop theirs, a day old or older.</summary>
    private static async Task DropLeftoversAsync(NpgsqlConnection connection)
    {
        var names = new List<string>();
        await using (var find = new NpgsqlCommand($"SELECT datname FROM pg_database WHERE datname LIKE '{Prefix}%'", connection))
        await using (var reader = await find.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }
        foreach (var name in names)
        {
            if (DateTime.TryParseExact(name.AsSpan(Prefix.Length, Math.Min(14, name.Length - Prefix.Length)), "yyyyMMddHHmmss",
                    CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var created)
                && created < DateTime.UtcNow.AddDays(-1))
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }
}
