using Disclosure.Comments.Export;
using Disclosure.Comments.Options;
using Disclosure.Comments.Store;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments.Endpoints;

/// <summary><c>GET /admin/periods/{id}/comments.csv</c>: staff export, bearer token required, every read logged.</summary>
public static class ExportComments
{
    public static async Task HandleAsync(string id, HttpContext http, ICommentStore store, IOptions<CommentServerOptions> options, CancellationToken cancellationToken)
    {
        var actor = StaffAccess.Authenticate(http.Request, options.Value);
        if (actor is null)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await Answer.Problem(401, "認証が必要です", "職員用のトークンを Authorization: Bearer で送ってください。").ExecuteAsync(http);
            return;
        }

        var comments = await store.ReadForStaffAsync(id, $"token:{actor}", "export-csv-http", cancellationToken);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"comments-{id}.csv\"";
        http.Response.Headers.CacheControl = "no-store";
        await CommentExport.WriteCsvAsync(http.Response.Body, comments);
    }
}
