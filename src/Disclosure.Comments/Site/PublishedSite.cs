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
        if (Fresh(entry.Last) is { } last)
        {
            return last.File;
        }
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(entry.Last) is { } checkedMeanwhile)
            {
                return checkedMeanwhile.File;
            }
            var file = await FetchAsync(relativePath, entry.Last?.File, cancellationToken);
            if (file is null && entry.Last is null && _entries.Count > MaxRemembered)
            {
                // Never there, and many paths known already: not remembered, so paths nobody published (anyone may
                // ask for them) cannot pile up without end.
                _entries.TryRemove(relativePath, out _);
                return null;
            }
            entry.Last = new Checked(file, clock.GetUtcNow());
            return file;
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    public string Describe(string relativePath) => new Uri(site, relativePath).ToString();

    /// <summary>Far more files than the server reads from a site (period data, words, period pages, assets).</summary>
    private const int MaxRemembered = 10_000;

    private Checked? Fresh(Checked? last) => last is not null && clock.GetUtcNow() - last.At < refresh ? last : null;

    /// <returns>The file, or null when the site answers that it has none.</returns>
    private async Task<SiteFile?> FetchAsync(string relativePath, SiteFile? known, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site, relativePath));
        if (known is not null && EntityTagHeaderValue.TryParse(known.Version, out var tag))
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
                return null;
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

    /// <summary>What the site last said of a file (null: it has none), and when; replaced whole, never changed.</summary>
    private sealed record Checked(SiteFile? File, DateTimeOffset At);

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);
        public Checked? Last { get; set; }
    }
}
