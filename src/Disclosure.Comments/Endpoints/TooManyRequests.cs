using System.Globalization;
using System.Threading.RateLimiting;
using Disclosure.Comments.Pages;

namespace Disclosure.Comments.Endpoints;

/// <summary>429 with <c>Retry-After</c>, for a client sending more requests than anyone filling in a form would.</summary>
public static class TooManyRequests
{
    public static int SecondsToWait(RateLimitLease lease) =>
        Math.Max(1, (int)Math.Ceiling((lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(60)).TotalSeconds));

    public static async Task AnswerAsync(HttpContext http, RateLimitLease lease)
    {
        var seconds = SecondsToWait(lease);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var pages = http.RequestServices.GetRequiredService<SitePages>();
        var words = await pages.WordsAsync(http.RequestAborted);
        var title = words["server.too_many.title"];
        var detail = words.Format("server.too_many.detail", seconds);
        var answer = Answer.WantsJson(http.Request)
            ? Answer.Problem(429, title, detail)
            : Answer.Page(429, await pages.MessagePageAsync(http.Request, words.Format("server.error_title", title), [detail]));
        await answer.ExecuteAsync(http);
    }
}
