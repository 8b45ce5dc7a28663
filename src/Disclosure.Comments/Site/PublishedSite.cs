using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Disclosure.Comments.Site;

/// <summary>
/// The published site, read over HTTPS when the server does not share a disk with the static files. Each file is kept
/// with its ETag and asked for again at most every <paramref name="refresh"/> with <c>If-None-Match</c>, so an
/// unchanged file costs a 304; when the site cannot be reached, the last copy read serves on.
/// </summary>
public sealed class PublishedSite(Uri site, HttpClient http, TimeSpan refresh, TimeProvider clock, ILogger<PublishedSite> logger) : ISiteSource
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<SiteFile?> GetAsync(string relativePath, CancellationToken cancellationToken = default)
    {
        var entry = _entries.GetOrAdd(relativePath, _ => new Entry());
        if (entry.File is { } known && clock.GetUtcNow() - entry.CheckedAt < refresh)
        {
            return known.Content.Length == 0 && known.Version == Missing ? null : known;
        }
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            if (entry.File is not null && clock.GetUtcNow() - entry.CheckedAt < refresh)
            {
                return entry.File.Version == Missing ? null : entry.File;
            }
            entry.File = await FetchAsync(relativePath, entry.File, cancellationToken);
            entry.CheckedAt = clock.GetUtcNow();
            return entry.File.Version == Missing ? null : entry.File;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    public string Describe(string relativePath) => new Uri(site, relativePath).ToString();

    private const string Missing = "(none)";

    private async Task<SiteFile> FetchAsync(string relativePath, SiteFile? known, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site, relativePath));
        if (known is { Version: not Missing } && EntityTagHeaderValue.TryParse(known.Version, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotModified && known is not null)
            {
                return known;
            }
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return new SiteFile([], Missing);
            }
            response.EnsureSuccessStatusCode();
            var content = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var version = response.Headers.ETag?.ToString() ?? $"{response.Content.Headers.LastModified?.UtcTicks}:{content.Length}";
            return new SiteFile(content, version);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            if (known is not null)
            {
                logger.LogWarning("Could not read {Url} ({Message}); keeping the copy read before.", Describe(relativePath), e.Message);
                return known;
            }
            throw new SiteUnavailableException($"The site could not be read at {Describe(relativePath)}: {e.Message}", e);
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public SiteFile? File { get; set; }
        public DateTimeOffset CheckedAt { get; set; }
    }
}
