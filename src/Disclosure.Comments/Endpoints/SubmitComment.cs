using Disclosure.Comments.Options;
using Disclosure.Comments.Pages;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Security;
using Disclosure.Comments.Store;
using Disclosure.Comments.Submissions;
using Disclosure.Rendering;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments.Endpoints;

/// <summary>
/// <c>POST /periods/{id}/comments</c>: a citizen's opinion, stored before any receipt is given. Whenever the form is
/// refused and the period has one, the period page comes back with everything the citizen typed.
/// </summary>
public static class SubmitComment
{
    public static async Task<IResult> HandleAsync(
        string id,
        HttpContext http,
        PeriodCatalog periods,
        ICommentStore store,
        SitePages pages,
        AcceptedSubmissions accepted,
        IOptions<CommentServerOptions> options,
        TimeProvider clock)
    {
        var request = http.Request;
        var json = Answer.WantsJson(request);
        var words = await pages.WordsAsync(http.RequestAborted);

        var period = await periods.FindAsync(id, http.RequestAborted);
        if (period is null)
        {
            return periods.IsReady
                ? await Answer.MessageAsync(request, pages, words, 404, words["server.unknown_period.title"], words.Format("server.unknown_period.detail", id))
                : await Unavailable(http, pages, words, words["server.not_ready.title"], words["server.not_ready.detail"]);
        }

        var (fields, bodyProblem) = await FormBodyReader.ReadAsync(request, options.Value.MaxBodyBytes, words);
        if (bodyProblem is not null)
        {
            return await Answer.MessageAsync(request, pages, words, bodyProblem.Status, bodyProblem.Title, bodyProblem.Detail);
        }
        var input = SubmissionInput.From(fields!);

        if (!FormOrigin.IsAllowed(request, pages.SiteOrigin()))
        {
            // Sent from elsewhere — perhaps a copy of the page saved to disk. Nothing is stored; what was typed comes
            // back on this server's own page, whose form is accepted.
            return await Reject(request, pages, words, period, input, 403, words["server.refused_origin.title"],
                [new(FieldError.WholeForm, words["server.refused_origin.detail"])]);
        }

        var now = clock.GetUtcNow();
        if (!period.IsOpenAt(now))
        {
            var title = words[now < period.OpensAt ? "server.not_yet.title" : "server.closed.title"];
            var dates = words.Format("server.period_dates", period.Title, words.Date(period.Opens), words.Date(period.Closes));
            return await Answer.MessageAsync(request, pages, words, 403, title, dates, input.Opinion);
        }

        if (input.Honeypot.Length > 0)
        {
            // Someone (or their browser's autofill) filled the hidden field: say so plainly, keep what they wrote.
            return await Reject(request, pages, words, period, input with { Honeypot = "" }, 400, null, [new(FieldError.WholeForm, words["server.honeypot"])]);
        }
        var errors = SubmissionValidator.Validate(input, period, words);
        if (errors.Count > 0)
        {
            return await Reject(request, pages, words, period, input, 422, null, errors);
        }

        using var lease = accepted.TryTake(http);
        if (!lease.IsAcquired)
        {
            var seconds = TooManyRequests.SecondsToWait(lease);
            Answer.RetryAfter(http.Response, seconds);
            return await Reject(request, pages, words, period, input, 429, words["server.too_many.title"],
                [new(FieldError.WholeForm, words.Format("server.too_many.detail", seconds))]);
        }

        string receipt;
        try
        {
            // Not cancelled once started: a citizen who left still has a stored opinion.
            receipt = await store.AddAsync(new NewComment(
                period.Id, period.Closes, now,
                input.Section.Length == 0 ? null : input.Section,
                input.Opinion,
                Optional(input.Name), Optional(input.Email), Optional(input.Address)), CancellationToken.None);
        }
        catch (StoreUnavailableException)
        {
            Answer.RetryAfter(http.Response, StoreHealth.RetryAfterSeconds);
            return await Reject(request, pages, words, period, input, 503, words["server.unavailable.title"],
                [new(FieldError.WholeForm, words.Format("server.unavailable.detail", StoreHealth.RetryAfterSeconds))]);
        }

        // Relative to the form's address (/periods/{id}/comments), so it holds behind a proxy that adds a path prefix.
        var location = $"receipts/{receipt}";
        return json ? Results.Created(location, new { receipt }) : new SeeOther(location);
    }

    /// <summary>The period page again, with the citizen's values, an error summary and each field's message.</summary>
    private static async Task<IResult> Reject(HttpRequest request, SitePages pages, UiStrings words, CommentPeriodInfo period, SubmissionInput input,
        int status, string? title, IReadOnlyList<FieldError> errors) =>
        Answer.WantsJson(request)
            ? Answer.Problem(status, title ?? words["server.invalid.title"], string.Join(" ", errors.Select(e => e.Message)), errors)
            : Answer.Page(status, await pages.ErrorPageAsync(request, period, input, errors, title));

    private static async Task<IResult> Unavailable(HttpContext http, SitePages pages, UiStrings words, string title, string detail)
    {
        Answer.RetryAfter(http.Response, StoreHealth.RetryAfterSeconds);
        return await Answer.MessageAsync(http.Request, pages, words, 503, title, detail);
    }

    private static string? Optional(string value) => value.Length == 0 ? null : value;
}
