using System.Text.RegularExpressions;
using Disclosure.Comments.Site;
using Microsoft.AspNetCore.StaticFiles;

namespace Disclosure.Comments.Endpoints;

/// <summary>
/// <c>GET /assets/{path}</c>: the site's own style sheet, script and images, served by this server from the site it
/// reads, so its pages look like the site wherever the server is reached — on a staff laptop or behind a proxy.
/// </summary>
public static partial class ServeAsset
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task<IResult> HandleAsync(string path, HttpContext http, ISiteSource site)
    {
        if (!SafePath().IsMatch(path) || path.Contains("..", StringComparison.Ordinal) || !ContentTypes.TryGetContentType(path, out var type))
        {
            return Results.NotFound();
        }
        SiteFile? file;
        try
        {
            file = await site.GetAsync("assets/" + path, http.RequestAborted);
        }
        catch (SiteUnavailableException)
        {
            file = null;
        }
        if (file is null)
        {
            return Results.NotFound();
        }
        http.Response.Headers.CacheControl = "public, max-age=300";
        return Results.Bytes(file.Content, type);
    }

    [GeneratedRegex(@"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")]
    private static partial Regex SafePath();
}
