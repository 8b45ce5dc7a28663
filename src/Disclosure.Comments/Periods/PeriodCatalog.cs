using System.Text.Json;
using Disclosure.Comments.Options;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments.Periods;

/// <summary>
/// The comment periods of the built site, read from <c>data/comment-periods.json</c> and read again whenever the
/// site is rebuilt, so a new period is accepted without restarting the server.
/// </summary>
public sealed class PeriodCatalog(IOptions<CommentServerOptions> options, ILogger<PeriodCatalog> logger)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private readonly Lock _gate = new();
    private Snapshot _current = new(DateTime.MinValue, new Dictionary<string, CommentPeriodInfo>(), null);

    public string DataFile => Path.Combine(options.Value.SitePath, "data", "comment-periods.json");

    public CommentPeriodInfo? Find(string id) => Current().Periods.GetValueOrDefault(id);

    /// <summary>The site's public URL as the build recorded it.</summary>
    public Uri? SiteUrl => Current().SiteUrl;

    private Snapshot Current()
    {
        var written = File.Exists(DataFile) ? File.GetLastWriteTimeUtc(DataFile) : DateTime.MinValue;
        var current = _current;
        if (written == current.Written)
        {
            return current;
        }
        lock (_gate)
        {
            if (_current.Written != written)
            {
                _current = Load(written) ?? _current with { Written = written };
            }
            return _current;
        }
    }

    private Snapshot? Load(DateTime written)
    {
        if (written == DateTime.MinValue)
        {
            if (_current.Periods.Count > 0)
            {
                // Most likely a rebuild swapping the output folder: open periods must stay open meanwhile.
                return null;
            }
            logger.LogWarning("No comment-period data at {File}: build the site first. Every period answers 404 until then.", DataFile);
            return new Snapshot(written, new Dictionary<string, CommentPeriodInfo>(), null);
        }
        try
        {
            var data = JsonSerializer.Deserialize<PeriodData>(File.ReadAllText(DataFile), Json)
                ?? throw new JsonException("empty file");
            var periods = data.Periods.ToDictionary(p => p.Id, p => new CommentPeriodInfo(
                p.Id, p.Assessment, p.Title, p.AssessmentTitle, DateOnly.Parse(p.Opens), DateOnly.Parse(p.Closes),
                p.MaxLength, p.RequiredFields, p.Sections, p.Url), StringComparer.Ordinal);
            logger.LogInformation("Loaded {Count} comment periods from {File}.", periods.Count, DataFile);
            return new Snapshot(written, periods, Uri.TryCreate(data.Site, UriKind.Absolute, out var site) ? site : null);
        }
        catch (Exception e) when (e is JsonException or IOException or FormatException)
        {
            // A half-written or broken file keeps the last good data: periods already open stay open.
            logger.LogError("Could not read {File} ({Message}); keeping the periods loaded before.", DataFile, e.Message);
            return null;
        }
    }

    private sealed record Snapshot(DateTime Written, IReadOnlyDictionary<string, CommentPeriodInfo> Periods, Uri? SiteUrl);

    private sealed record PeriodData(string Site, List<PeriodRecord> Periods);

    private sealed record PeriodRecord(
        string Id, string Assessment, string Title, string? AssessmentTitle, string Opens, string Closes,
        int MaxLength, List<string> RequiredFields, List<string> Sections, string Url);
}
