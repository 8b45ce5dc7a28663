using System.Text.Json;
using Disclosure.Comments.Site;

namespace Disclosure.Comments.Periods;

/// <summary>
/// The comment periods of the built site, from its <c>data/comment-periods.json</c>, read again whenever the site
/// changes (a rebuild, or a new version published), so a new period is accepted without restarting the server.
/// </summary>
public sealed class PeriodCatalog(ISiteSource site, ILogger<PeriodCatalog> logger)
{
    private volatile Snapshot? _current;
    private int _unreachableLogged;

    /// <summary>True once the period data has been read: until then every form is answered 503, and <c>/health</c> says "not ready".</summary>
    public bool IsReady => _current is not null;

    public string Where => site.Describe(PeriodFile.RelativePath);

    /// <summary>The site's public URL as the build recorded it.</summary>
    public Uri? SiteUrl => _current?.File.SiteUrl;

    public async ValueTask<CommentPeriodInfo?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken);
        return _current?.File.Periods.GetValueOrDefault(id);
    }

    /// <summary>Reads the data again if the site has a new version of it; a missing or broken file keeps what was read before.</summary>
    public async ValueTask RefreshAsync(CancellationToken cancellationToken = default)
    {
        SiteFile? file;
        try
        {
            file = await site.GetAsync(PeriodFile.RelativePath, cancellationToken);
        }
        catch (SiteUnavailableException e)
        {
            if (Interlocked.Exchange(ref _unreachableLogged, 1) == 0)
            {
                logger.LogWarning("{Message}", e.Message);
            }
            return;
        }
        var current = _current;
        // No file while periods are known: most likely a rebuild swapping the output folder. Open periods stay open.
        if (file is null || current?.Version == file.Version)
        {
            return;
        }
        try
        {
            var read = PeriodFile.Parse(file.Text);
            _current = new Snapshot(file.Version, read);
            Interlocked.Exchange(ref _unreachableLogged, 0);
            logger.LogInformation("Loaded {Count} comment periods from {File}.", read.Periods.Count, Where);
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            // A half-written or broken file keeps the last good data: periods already open stay open.
            logger.LogError("Could not read {File} ({Message}); keeping the periods loaded before.", Where, e.Message);
        }
    }

    private sealed record Snapshot(string Version, PeriodFile File);
}
