using Disclosure.Comments.Submissions;

namespace Disclosure.Comments.Endpoints;

/// <summary>One answer in two forms: an HTML page for people, problem details for programs that ask for JSON.</summary>
public static class Answer
{
    public static bool WantsJson(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && (a.Contains("application/json") || a.Contains("application/problem+json")));

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
