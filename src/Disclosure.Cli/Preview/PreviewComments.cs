using Disclosure.Comments;
using Microsoft.AspNetCore.Builder;

namespace Disclosure.Cli.Preview;

/// <summary>
/// The comment server of <c>disclosure serve --comments</c>: the real server, in this process, on 127.0.0.1, reading
/// the preview's output and accepting forms from the preview's address, with a store of its own for trying things out
/// — never the production store, and never the production endpoint (the preview builds the forms to post here).
/// </summary>
public static class PreviewComments
{
    public static string DefaultStorePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "disclosure", "preview-comments.db");

    /// <param name="site">The preview's address with the site's base path: the origin forms come from, and where the pages' links lead.</param>
    public static WebApplication Create(int port, string storePath, string outputDirectory, Uri site) => CommentServer.Create(
    [
        "--urls", $"http://127.0.0.1:{port}",
        // Command-line settings win over the environment's: a Comments__Store=postgres of the shell is not used here.
        "--Comments:Store", "sqlite",
        "--Comments:StorePath", storePath,
        "--Comments:SitePath", Path.GetFullPath(outputDirectory),
        "--Comments:SiteUrl", site.ToString(),
        "--Comments:SiteRefreshSeconds", "1",
        "--Logging:LogLevel:Default", "Warning",
        // Started before the preview's first build: "no period data yet" is expected for a moment, not news.
        "--Logging:LogLevel:Disclosure.Comments.Site.SiteRefresher", "Error",
    ]);
}
