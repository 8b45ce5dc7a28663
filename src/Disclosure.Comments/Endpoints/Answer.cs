using Disclosure.Comments.Pages;
using Disclosure.Comments.Submissions;
using Disclosure.Rendering;

namespace Disclosure.Comments.Endpoints;

/// <summary>One answer in two forms: an HTML page for people, problem details for programs that ask for JSON.</summary>
public static class Answer
{
    public static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && (a.Contains("application/json") || a.Contains("application/problem+json")));

    /// <summary>Tells the client how many seconds to wait (429, 503).</summary>
    public static void RetryAfter(HttpResponse response, int seconds) =>
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A refusal with a title and a sentence: problem details, or the server's message page (with the opinion kept, if any).</summary>
    public static async Task<IResult> MessageAsync(HttpRequest request, SitePages pages, UiStrings words, int status, string title, string detail, string? kept = null) =>
        WantsJson(request)
            ? Problem(status, title, detail)
            : Page(status, await pages.MessagePageAsync(request, words.Format("server.error_title", title), [detail], kept));

    public static IResult Page(int status, string html) =>
        Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);

    public static IResult Problem(int status, string title, string detail, IReadOnlyList<FieldError>? errors = null) =>
        Results.Problem(
            title: title,
            detail: detail,
            statusCode: status,
            extensions: errors is null
                ? null
                : new Dictionary<string, object?>
                {
                    ["errors"] = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                });
}
