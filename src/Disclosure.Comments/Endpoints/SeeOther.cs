namespace Disclosure.Comments.Endpoints;

/// <summary>303 See Other: after a POST, the browser fetches the receipt page with GET, so reloading it never resubmits.</summary>
public sealed class SeeOther(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
