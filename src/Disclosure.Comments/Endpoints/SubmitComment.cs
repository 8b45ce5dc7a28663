using Disclosure.Comments.Options;
using Disclosure.Comments.Pages;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Store;
using Disclosure.Comments.Submissions;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments.Endpoints;

/// <summary><c>POST /periods/{id}/comments</c>: a citizen's opinion, stored before any receipt is given.</summary>
public static class SubmitComment
{
    public static async Task<IResult> HandleAsync(
        string id,
        HttpRequest request,
        PeriodCatalog periods,
        ICommentStore store,
        SitePages pages,
        IOptions<CommentServerOptions> options,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var json = Answer.WantsJson(request);

        if (!FromTheSite(request, pages.SiteUrl()))
        {
            return Refuse(json, pages, 403, "送信元を確認できません",
                "このフォームは、意見募集のページから送信してください。別のサイトから送られたフォームは受け付けていません。");
        }

        var period = periods.Find(id);
        if (period is null)
        {
            return Refuse(json, pages, 404, "意見募集が見つかりません", $"「{id}」という意見募集はありません。アドレスをご確認ください。");
        }

        var (fields, bodyProblem) = await FormBodyReader.ReadAsync(request, options.Value.MaxBodyBytes);
        if (bodyProblem is not null)
        {
            return Refuse(json, pages, bodyProblem.Status, bodyProblem.Title, bodyProblem.Detail);
        }

        var now = clock.GetUtcNow();
        if (!period.IsOpenAt(now))
        {
            var when = now < period.OpensAt ? "まだ始まっていません" : "終了しました";
            return Refuse(json, pages, 403, $"この意見募集は{when}",
                $"「{period.Title}」の募集期間は {SitePages.JapaneseDate(period.Opens)} から {SitePages.JapaneseDate(period.Closes)} 23時59分（日本時間）までです。");
        }

        var input = SubmissionInput.From(fields!);
        if (input.Honeypot.Length > 0)
        {
            // Someone (or their browser's autofill) filled the hidden field: say so plainly, keep what they wrote.
            IReadOnlyList<FieldError> hidden = [new(FieldError.WholeForm, "自動入力された項目があったため送信できませんでした。内容を確認して、もう一度送信してください。")];
            return Reject(json, pages, period, input with { Honeypot = "" }, hidden, 400);
        }
        var errors = SubmissionValidator.Validate(input, period);
        if (errors.Count > 0)
        {
            return Reject(json, pages, period, input, errors, 422);
        }

        var receipt = await store.AddAsync(new NewComment(
            period.Id, period.Closes, now,
            input.Section.Length == 0 ? null : input.Section,
            input.Opinion,
            Optional(input.Name), Optional(input.Email), Optional(input.Address)), cancellationToken);

        var location = $"/periods/{Uri.EscapeDataString(period.Id)}/receipts/{receipt}";
        return json ? Results.Created(location, new { receipt }) : new SeeOther(location);
    }

    /// <summary>
    /// A browser sends Origin (or at least Referer) with a form post. It must be the site's address, or this
    /// server's own, where the error page sends the corrected form from.
    /// </summary>
    private static bool FromTheSite(HttpRequest request, Uri? site)
    {
        if (site is null)
        {
            return true;
        }
        string[] allowed = [site.GetLeftPart(UriPartial.Authority), $"{request.Scheme}://{request.Host}"];
        bool Allowed(string origin) => allowed.Contains(origin, StringComparer.OrdinalIgnoreCase);

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0)
        {
            return Allowed(origin);
        }
        var referer = request.Headers.Referer.ToString();
        return referer.Length == 0 || Uri.TryCreate(referer, UriKind.Absolute, out var from) && Allowed(from.GetLeftPart(UriPartial.Authority));
    }

    private static IResult Reject(bool json, SitePages pages, CommentPeriodInfo period, SubmissionInput input, IReadOnlyList<FieldError> errors, int status) =>
        json
            ? Answer.Problem(status, "入力内容に問題があります", string.Join(" ", errors.Select(e => e.Message)), errors)
            : Answer.Page(status, pages.ErrorPage(period, input, errors));

    private static IResult Refuse(bool json, SitePages pages, int status, string title, string detail) =>
        json ? Answer.Problem(status, title, detail) : Answer.Page(status, pages.MessagePage("エラー：" + title, detail));

    private static string? Optional(string value) => value.Length == 0 ? null : value;
}
