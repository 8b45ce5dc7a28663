using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace Disclosure.Comments.Store;

/// <summary>
/// Whether the file an open SQLite connection writes to is still the file at its path. Deleted or replaced under a
/// running server, SQLite goes on writing to the old file, which nobody will ever read again: a receipt for such a
/// write would be a receipt for a lost opinion. SQLite tells (<c>SQLITE_FCNTL_HAS_MOVED</c>); where its native library
/// cannot be asked, the file's existence at the path is checked instead.
/// </summary>
public static class SqliteFile
{
    private const int HasMovedOperation = 20;

    public static bool HasMoved(SqliteConnection connection, string path)
    {
        try
        {
            var moved = 0;
            var status = FileControl(connection.Handle!.DangerousGetHandle(), "main", HasMovedOperation, ref moved);
            return status == 0 ? moved != 0 : !File.Exists(path);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return !File.Exists(path);
        }
    }

    [DllImport("e_sqlite3", EntryPoint = "sqlite3_file_control", CallingConvention = CallingConvention.Cdecl)]
    private static extern int FileControl(IntPtr database, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, int operation, ref int argument);
}
