namespace Disclosure.Comments.Options;

/// <summary>The server's settings: section <c>Comments</c> of appsettings.json, or <c>Comments__*</c> environment variables.</summary>
public sealed class CommentServerOptions
{
    public const string Section = "Comments";

    /// <summary>
    /// The SQLite file submissions are kept in. Personal data never belongs in the content repository, so the
    /// default is the user's data folder (<c>~/.local/share/disclosure/comments.db</c> on Linux). Back it up.
    /// </summary>
    public string StorePath { get; set; } = DefaultStorePath;

    /// <summary>
    /// Where submissions are kept: <c>sqlite</c>, the file at <see cref="StorePath"/> (one server instance), or
    /// <c>postgres</c>, the database at <see cref="PostgresConnectionString"/>, which several instances behind a load
    /// balancer can share.
    /// </summary>
    public string Store { get; set; } = Disclosure.Comments.Store.CommentStores.Sqlite;

    /// <summary>
    /// The Npgsql connection string for <c>Store = postgres</c>, e.g.
    /// <c>Host=db.internal;Database=comments;Username=comments;Password=…</c>. It holds a password: give it as the
    /// environment variable <c>Comments__PostgresConnectionString</c>, never in appsettings.json.
    /// </summary>
    public string PostgresConnectionString { get; set; } = "";

    public static string DefaultStorePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "disclosure", "comments.db");

    /// <summary>
    /// The built site (<c>disclosure build</c>'s output folder) on this machine: the server reads its period data, words,
    /// pages and assets from it. A relative path is taken from the folder the server was started in. Not set, and
    /// <see cref="SiteUrl"/> not set either: <c>output</c>.
    /// </summary>
    public string SitePath { get; set; } = "";

    /// <summary>
    /// The public URL of the site, where the form lives; forms from any other origin are refused. Empty means the
    /// <c>base_url</c> the site was built with. Set without <see cref="SitePath"/>, the server reads the published site
    /// from this address (HTTPS), for a server that does not share a disk with the static files.
    /// </summary>
    public string SiteUrl { get; set; } = "";

    /// <summary>How often the published site is asked whether it has changed (with its ETag), and the period data looked at again.</summary>
    public int SiteRefreshSeconds { get; set; } = 60;

    /// <summary>Staff tokens by name, e.g. <c>Comments__StaffTokens__kenkou-hoken=…</c>. None configured: admin routes are off.</summary>
    public Dictionary<string, string> StaffTokens { get; set; } = [];

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>
    /// The reverse proxies (addresses, or networks such as <c>10.0.0.0/8</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> are believed; from anyone else they are ignored. Empty: the server faces clients directly.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>Requests larger than this are refused with 413 before they are read.</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
