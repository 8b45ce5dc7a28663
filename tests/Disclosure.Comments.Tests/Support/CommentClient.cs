using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Disclosure.Comments.Tests.Support;

/// <summary>Talks to a comment server as the site's form (or a program) would: Origin of the site unless told otherwise.</summary>
public sealed class CommentClient(HttpClient http, string siteOrigin) : IDisposable
{
    public HttpClient Http => http;

    public string SiteOrigin => siteOrigin;

    /// <summary>Posts form fields, URL-encoded as a browser does.</summary>
    public Task<Reply> PostFormAsync(string periodId, IEnumerable<KeyValuePair<string, string>> fields, bool json = false) =>
        PostAsync(periodId, new FormUrlEncodedContent(fields), json);

    /// <summary>Posts a JSON object, as a program would.</summary>
    public Task<Reply> PostJsonAsync(string periodId, object body) =>
        PostAsync(periodId, new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"), json: true);

    /// <param name="origin">The Origin header; <see cref="SiteOrigin"/> unless given, none when empty.</param>
    public async Task<Reply> PostAsync(string periodId, HttpContent content, bool json = false, string? origin = null, string? referer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"periods/{Uri.EscapeDataString(periodId)}/comments") { Content = content };
        origin ??= siteOrigin;
        if (origin.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Origin", origin);
        }
        if (referer is not null)
        {
            request.Headers.TryAddWithoutValidation("Referer", referer);
        }
        if (json)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }
        return await SendAsync(request);
    }

    public async Task<Reply> GetAsync(string path, string? bearer = null, string? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return await SendAsync(request);
    }

    public async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return new Reply(response.StatusCode, response.Headers, response.Content.Headers, bytes) { RequestUri = response.RequestMessage?.RequestUri };
    }

    /// <summary>Submits a valid opinion to an open period and returns its receipt.</summary>
    public async Task<string> SubmitAsync(string periodId, string opinion, params (string Key, string Value)[] more)
    {
        var reply = await PostJsonAsync(periodId, Form.Json(opinion, more));
        Assert.True(reply.Status == HttpStatusCode.Created, $"expected 201, got {(int)reply.Status}: {reply.Text}");
        return reply.Json.RootElement.GetProperty("receipt").GetString()!;
    }

    public void Dispose() => http.Dispose();
}

/// <summary>An answer, read completely.</summary>
public sealed class Reply(HttpStatusCode status, HttpResponseHeaders headers, HttpContentHeaders contentHeaders, byte[] body)
{
    private static readonly HtmlParser Parser = new();
    private IHtmlDocument? _document;
    private JsonDocument? _json;

    public HttpStatusCode Status => status;
    public HttpResponseHeaders Headers => headers;

    /// <summary>The address the request went to, which a relative <c>Location</c> is read against.</summary>
    public Uri? RequestUri { get; init; }

    /// <summary>
    /// Where <c>Location</c> points, as a path below the server's root (for <see cref="CommentClient.GetAsync"/>): the
    /// server answers with an address relative to the form's, so that it works behind a proxy's path prefix too.
    /// </summary>
    public string LocationPath => new Uri(RequestUri!, headers.Location!).AbsolutePath.TrimStart('/');
    public HttpContentHeaders ContentHeaders => contentHeaders;
    public byte[] Body => body;
    public string Text => Encoding.UTF8.GetString(body);
    public string? MediaType => contentHeaders.ContentType?.MediaType;
    public IHtmlDocument Document => _document ??= Parser.ParseDocument(Text);
    public JsonDocument Json => _json ??= JsonDocument.Parse(body);

    /// <summary>The visible text of the page's main element.</summary>
    public string MainText => (Document.QuerySelector("main") ?? Document.Body!).TextContent;

    /// <summary>The messages of problem details' <c>errors</c> map for one field.</summary>
    public string[] ProblemErrors(string field) =>
        Json.RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToArray()
            : [];

    public override string ToString() => $"{(int)status} {MediaType}: {(Text.Length > 2000 ? Text[..2000] : Text)}";
}

/// <summary>Form fields for a submission.</summary>
public static class Form
{
    /// <summary>A unique text to find a test's rows by.</summary>
    public static string Marker() => "T" + Guid.NewGuid().ToString("N");

    public static List<KeyValuePair<string, string>> Fields(string opinion, params (string Key, string Value)[] more)
    {
        var fields = new List<KeyValuePair<string, string>> { new("opinion", opinion), new("agree", "yes"), new("website", "") };
        foreach (var (key, value) in more)
        {
            fields.RemoveAll(f => f.Key == key);
            fields.Add(new(key, value));
        }
        return fields;
    }

    /// <summary>Fields without one of the defaults (e.g. without "agree").</summary>
    public static List<KeyValuePair<string, string>> Without(List<KeyValuePair<string, string>> fields, string key)
    {
        fields.RemoveAll(f => f.Key == key);
        return fields;
    }

    public static Dictionary<string, string> Json(string opinion, params (string Key, string Value)[] more) =>
        Fields(opinion, more).ToDictionary(f => f.Key, f => f.Value);

    /// <summary>The personal fields strict-period requires.</summary>
    public static (string, string)[] Personal(string marker) =>
        [("name", $"山田 太郎 {marker}"), ("email", $"{marker.ToLowerInvariant()}@example.jp"), ("address", $"テスト市1-2-3 {marker}")];
}
