using Disclosure.Comments.Options;

namespace Disclosure.Comments.Store;

/// <summary>Opens the store that the settings name, for the server and for the staff commands alike.</summary>
public static class CommentStores
{
    /// <summary>One SQLite file (<c>Comments__StorePath</c>): one server instance. The default.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>One PostgreSQL database (<c>Comments__PostgresConnectionString</c>): any number of instances share it.</summary>
    public const string Postgres = "postgres";

    /// <summary>The kind as settings may write it (any case, spaces around); empty means the default, SQLite.</summary>
    public static string Normalize(string kind) => kind.Trim().ToLowerInvariant() is { Length: > 0 } normal ? normal : Sqlite;

    public static bool IsKnown(string kind) => Normalize(kind) is Sqlite or Postgres;

    /// <summary>
    /// Opens the store and writes to it once, for the server: a store that cannot be written (a read-only file or
    /// role, a full disk) is refused at start, not at the first citizen. The staff commands only open it.
    /// </summary>
    public static ICommentStore OpenWritable(CommentServerOptions options, TimeProvider time)
    {
        var store = Open(options.Store, options.StorePath, options.PostgresConnectionString, time);
        try
        {
            store.ProbeAsync().GetAwaiter().GetResult();
            return store;
        }
        catch (System.Data.Common.DbException e)
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
            var which = Normalize(options.Store) == Postgres ? "The PostgreSQL comment store" : $"The comment store {Path.GetFullPath(options.StorePath)}";
            throw new InvalidOperationException($"{which} cannot be written to ({e.Message}).", e);
        }
    }

    /// <exception cref="InvalidOperationException">An unknown kind, or a store that refuses to open (see each store's <c>Open</c>).</exception>
    public static ICommentStore Open(string kind, string sqlitePath, string? postgresConnectionString, TimeProvider? time = null) =>
        Normalize(kind) switch
        {
            Sqlite => SqliteCommentStore.Open(sqlitePath, time),
            Postgres => PostgresCommentStore.Open(postgresConnectionString ?? "", time),
            _ => throw new InvalidOperationException($"Comments__Store must be \"{Sqlite}\" or \"{Postgres}\", not \"{kind}\"."),
        };
}
