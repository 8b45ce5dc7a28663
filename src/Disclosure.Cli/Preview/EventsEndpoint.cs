using System.Net.ServerSentEvents;
using Microsoft.AspNetCore.Http;

namespace Disclosure.Cli.Preview;

/// <summary>
/// <c>GET /__disclosure/events</c>: the Server-Sent Events stream the injected script listens on.
/// A page says which build it shows, so a tab that connects late (or reconnects) still learns what it missed.
/// </summary>
public static class EventsEndpoint
{
    public const string Url = "/__disclosure/events";

    /// <param name="generation">From a site page: the number of the build whose output it shows.</param>
    /// <param name="attempt">From the errors page: the number of finished builds it lists the problems of.</param>
    public static IResult Handle(int? generation, int? attempt, PreviewState state, BrowserEvents browsers, HttpContext http) =>
        TypedResults.ServerSentEvents(browsers.StreamAsync(() => CatchUp(state.Current, generation, attempt), http.RequestAborted));

    private static IEnumerable<SseItem<string>> CatchUp(BuildStatus status, int? generation, int? attempt)
    {
        if (attempt is { } listed)
        {
            if (status.CompletedBuilds > listed)
            {
                yield return BrowserEvents.Reload(status);
            }
            yield break;
        }
        if (status.SuccessfulBuilds > (generation ?? 0))
        {
            yield return BrowserEvents.Reload(status);
        }
        else if (status.HasErrors)
        {
            yield return BrowserEvents.Errors(status);
        }
    }
}
