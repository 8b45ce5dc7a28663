using Microsoft.Data.Sqlite;

namespace Disclosure.Comments.Store;

/// <summary>
/// A consistent copy of a SQLite store made while the server goes on writing to it: SQLite's online backup API copies
/// the database as of one moment, committed submissions only, whatever the write-ahead log holds.
/// </summary>
public static class StoreBackup
{
    /// <returns>The number of submissions in the copy.</returns>
    public static long Copy(string storePath, string copyPath)
    {
        using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = storePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        using var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = copyPath, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false }.ToString());
        source.Open();
        copy.Open();
        if (!OperatingSystem.IsWindows())
        {
            // The copy holds names and addresses: readable by its owner only, as the store itself should be.
            File.SetUnixFileMode(copyPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        source.BackupDatabase(copy);
        using var count = copy.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM submissions";
        return (long)count.ExecuteScalar()!;
    }
}
