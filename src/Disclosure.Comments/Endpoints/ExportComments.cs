using System.Security.Claims;
using Disclosure.Comments.Export;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Store;
using Disclosure.Content;
using Microsoft.Net.Http.Headers;

namespace Disclosure.Comments.Endpoints;

/// <summary>
/// <c>GET /admin/periods/{id}/comments.csv</c>: the staff export (authenticated by <see cref="Security.StaffTokenHandler"/>),
/// every read logged. A malformed id is 400 and an unknown period 404, before anything is read or logged.
/// </summary>
public static class ExportComments
{
    public static async Task<IResult> HandleAsync(string id, ClaimsPrincipal staff, HttpContext http, ICommentStore store, PeriodCatalog periods)
    {
        if (!DocumentId.IsValid(id))
        {
            return Answer.Problem(400, "意見募集の ID が正しくありません", "ID には半角英数字とハイフン・下線・ピリオドだけが使われます。");
        }
        try
        {
            await periods.RefreshAsync(http.RequestAborted);
            if (!periods.Ids.Contains(id) && !(await store.PeriodIdsAsync(http.RequestAborted)).Contains(id))
            {
                return Answer.Problem(404, "意見募集が見つかりません", $"「{id}」という意見募集は、サイトにも保存された意見にもありません。");
            }
            var comments = await store.ReadForStaffAsync(id, $"token:{staff.Identity!.Name}", "export-csv-http", http.RequestAborted);
            var disposition = new ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName($"comments-{id}.csv");
            http.Response.Headers.ContentDisposition = disposition.ToString();
            return new CsvExport(comments);
        }
        catch (StoreUnavailableException e)
        {
            http.Response.Headers.RetryAfter = ((int)StoreHealth.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Answer.Problem(503, "意見の保存先を読めません", e.Message);
        }
    }

    private sealed class CsvExport(IReadOnlyList<StoredComment> comments) : IResult
    {
        public async Task ExecuteAsync(HttpContext http)
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            await CommentExport.WriteCsvAsync(http.Response.Body, comments);
        }
    }
}
