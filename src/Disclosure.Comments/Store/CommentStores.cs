using Disclosure.Comments.Options;

namespace Disclosure.Comments.Store;

/// <summary>Opens the store that the settings name, for the server and for the staff commands alike.</summary>
public static class CommentStores
{
    /// <summary>One SQLite file (<c>Comments__StorePath</c>): one server instance. The default.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>One PostgreSQL database (<c>Comments__PostgresConnectionString</c>): any number of instances share it.</summary>
    public const string Postgres = "postgres";

    public static ICommentStore Open(CommentServerOptions options) => Open(options.Store, options.StorePath, options.PostgresConnectionString);

    /// <exception cref="InvalidOperationException">An unknown kind, or a store that refuses to open (see each store's <c>Open</c>).</exception>
    public static ICommentStore Open(string kind, string sqlitePath, string? postgresConnectionString) =>
        kind.Trim().ToLowerInvariant() switch
        {
            Sqlite or "" => SqliteCommentStore.Open(sqlitePath),
            Postgres => PostgresCommentStore.Open(postgresConnectionString ?? ""),
            _ => throw new InvalidOperationException($"Comments__Store must be \"{Sqlite}\" or \"{Postgres}\", not \"{kind}\"."),
        };
}
