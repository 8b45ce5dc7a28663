using System.Security.Claims;
using Disclosure.Comments.Export;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Store;
using Disclosure.Content;

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
            if (await periods.FindAsync(id, http.RequestAborted) is null && !(await store.PeriodIdsAsync(http.RequestAborted)).Contains(id))
            {
                return Answer.Problem(404, "意見募集が見つかりません", $"「{id}」という意見募集は、サイトにも保存された意見にもありません。");
            }
            var comments = await store.ReadForStaffAsync(id, $"token:{staff.Identity!.Name}", "export-csv-http", http.RequestAborted);
            return Results.Stream(body => CommentExport.WriteCsvAsync(body, comments), "text/csv; charset=utf-8", fileDownloadName: $"comments-{id}.csv");
        }
        catch (StoreUnavailableException e)
        {
            Answer.RetryAfter(http.Response, StoreHealth.RetryAfterSeconds);
            return Answer.Problem(503, "意見の保存先を読めません", e.Message);
        }
    }
}
