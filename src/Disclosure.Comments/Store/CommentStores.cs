using Disclosure.Comments.Options;

namespace Disclosure.Comments.Store;

/// <summary>Opens the store that the settings name, for the server and for the staff commands alike.</summary>
public static class CommentStores
{
    /// <summary>One SQLite file (<c>Comments__StorePath</c>): one server instance. The default.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>One PostgreSQL database (<c>Comments__PostgresConnectionString</c>): any number of instances share it.</summary>
    public const string Postgres = "postgres";

    public static ICommentStore Open(CommentServerOptions options, TimeProvider time) => Open(options.Store, options.StorePath, options.PostgresConnectionString, time);

    /// <exception cref="InvalidOperationException">An unknown kind, or a store that refuses to open (see each store's <c>Open</c>).</exception>
    public static ICommentStore Open(string kind, string sqlitePath, string? postgresConnectionString, TimeProvider? time = null) =>
        kind.Trim().ToLowerInvariant() switch
        {
            Sqlite or "" => SqliteCommentStore.Open(sqlitePath, time),
            Postgres => PostgresCommentStore.Open(postgresConnectionString ?? "", time),
            _ => throw new InvalidOperationException($"Comments__Store must be \"{Sqlite}\" or \"{Postgres}\", not \"{kind}\"."),
        };
}
