using Disclosure.Comments.Pages;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Receipts;
using Disclosure.Comments.Store;

namespace Disclosure.Comments.Endpoints;

/// <summary><c>GET /periods/{id}/receipts/{receipt}</c>: the confirmation page. It shows the receipt number, never the opinion.</summary>
public static class ShowReceipt
{
    public static async Task<IResult> HandleAsync(string id, string receipt, HttpContext http, PeriodCatalog periods, ICommentStore store, SitePages pages)
    {
        var words = await pages.WordsAsync(http.RequestAborted);
        var period = await periods.FindAsync(id, http.RequestAborted);
        var canonical = ReceiptNumber.Normalize(receipt);
        bool found;
        try
        {
            found = period is not null && canonical is not null && await store.ExistsAsync(period.Id, canonical, http.RequestAborted);
        }
        catch (StoreUnavailableException)
        {
            Answer.RetryAfter(http.Response, StoreHealth.RetryAfterSeconds);
            var title = words["server.unavailable.title"];
            return Answer.Page(503, await pages.MessagePageAsync(http.Request, words.Format("server.error_title", title),
                [words.Format("server.unavailable.detail", StoreHealth.RetryAfterSeconds)]));
        }
        if (!found)
        {
            var title = words["server.receipt_missing.title"];
            return Answer.Page(404, await pages.MessagePageAsync(http.Request, words.Format("server.error_title", title), [words["server.receipt_missing.detail"]]));
        }
        return Answer.Page(200, await pages.ReceiptPageAsync(http.Request, period!, canonical!));
    }
}
