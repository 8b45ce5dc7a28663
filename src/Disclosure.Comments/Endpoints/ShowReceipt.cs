using Disclosure.Comments.Pages;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Receipts;
using Disclosure.Comments.Store;

namespace Disclosure.Comments.Endpoints;

/// <summary><c>GET /periods/{id}/receipts/{receipt}</c>: the confirmation page. It shows the receipt number, never the opinion.</summary>
public static class ShowReceipt
{
    public static async Task<IResult> HandleAsync(string id, string receipt, PeriodCatalog periods, ICommentStore store, SitePages pages, CancellationToken cancellationToken)
    {
        var period = periods.Find(id);
        var canonical = ReceiptNumber.Normalize(receipt);
        if (period is null || canonical is null || !await store.ExistsAsync(period.Id, canonical, cancellationToken))
        {
            return Answer.Page(404, pages.MessagePage("エラー：受付番号が見つかりません",
                "この受付番号の意見はありません。番号をご確認ください。ご不明な点は担当課にお問い合わせください。"));
        }
        return Answer.Page(200, pages.ReceiptPage(period, canonical));
    }
}
