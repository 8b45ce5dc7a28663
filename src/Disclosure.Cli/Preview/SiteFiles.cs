using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Disclosure.Cli.Preview;

/// <summary>
/// Serves the output folder under the site's base path as its real host would (index.html for folders, the site's
/// 404.html for anything else), adding the live-reload script to HTML on the way out.
/// </summary>
public sealed class SiteFiles(PreviewState state, string outputDirectory)
{
    private const string HtmlType = "text/html; charset=utf-8";

    // Shown only while there is no site at all (the first build failed); the script on it still shows the errors.
    private const string NoSitePage = """
        <!DOCTYPE html>
        <html lang="ja">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ページがありません — プレビュー</title></head>
        <body><main><h1>ページがありません</h1>
        <p>サイトがまだ作られていないか、このアドレスのページがありません。ビルドに成功すると自動で読み込み直します。</p>
        <p><a href="/__disclosure/errors">ビルドエラーの一覧</a></p></main></body>
        </html>
        """;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private readonly string _root = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);

    public async Task ServeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }
        // Every response is fresh: after a reload the browser must show the new build, not its cache.
        context.Response.Headers.CacheControl = "no-store";

        // The status is read before the file, so a page may be newer than the build number it carries but never
        // older: at worst the tab reloads once more than needed, it never misses a build.
        var status = state.Current;
        var target = SitePathResolver.Resolve(request.Path.Value ?? "/", status.BasePath, _root);
        if (target.Kind == SiteTargetKind.Redirect)
        {
            context.Response.Redirect(target.Value + request.QueryString);
            return;
        }
        if (target.Kind == SiteTargetKind.File && await TrySendAsync(context, target.Value, status, StatusCodes.Status200OK))
        {
            return;
        }
        if (!await TrySendAsync(context, Path.Combine(_root, "404.html"), status, StatusCodes.Status404NotFound))
        {
            await SendHtmlAsync(context, NoSitePage, status, StatusCodes.Status404NotFound);
        }
    }

    private static async Task<bool> TrySendAsync(HttpContext context, string file, BuildStatus status, int statusCode)
    {
        try
        {
            if (Path.GetExtension(file) is ".html" or ".htm")
            {
                var html = await File.ReadAllTextAsync(file, Encoding.UTF8, context.RequestAborted);
                await SendHtmlAsync(context, html, status, statusCode);
                return true;
            }
            var length = new FileInfo(file).Length;
            context.Response.StatusCode = statusCode;
            context.Response.ContentType = ContentTypes.TryGetContentType(file, out var type) ? type : "application/octet-stream";
            context.Response.ContentLength = length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await context.Response.SendFileAsync(file, context.RequestAborted);
            }
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && !context.Response.HasStarted)
        {
            // A rebuild swapped the output folder between finding the file and reading it.
            return false;
        }
    }

    private static async Task SendHtmlAsync(HttpContext context, string html, BuildStatus status, int statusCode)
    {
        var page = HtmlInjection.BeforeBodyEnd(html, LiveReloadScript.TagForSitePage(status.SuccessfulBuilds));
        var bytes = Encoding.UTF8.GetBytes(page);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = HtmlType;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }
}
