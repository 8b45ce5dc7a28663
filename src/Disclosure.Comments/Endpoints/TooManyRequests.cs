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
        Answer.RetryAfter(http.Response, seconds);
        var pages = http.RequestServices.GetRequiredService<SitePages>();
        var words = await pages.WordsAsync(http.RequestAborted);
        var answer = await Answer.MessageAsync(http.Request, pages, words, 429, words["server.too_many.title"], words.Format("server.too_many.detail", seconds));
        await answer.ExecuteAsync(http);
    }
}
