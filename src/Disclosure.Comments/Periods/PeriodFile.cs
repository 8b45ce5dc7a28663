using System.Text.Json;

namespace Disclosure.Comments.Periods;

/// <summary>
/// The site's <c>data/comment-periods.json</c>, as the build writes it: the site's address and every comment period
/// with what the server needs to accept an opinion for it.
/// </summary>
public sealed record PeriodFile(Uri? SiteUrl, IReadOnlyDictionary<string, CommentPeriodInfo> Periods)
{
    /// <summary>Where the file is inside a built site.</summary>
    public static readonly string RelativePath = Disclosure.OpenData.OpenDataSets.CommentPeriods.JsonPath.TrimStart('/');

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <exception cref="JsonException">Not the file the build writes (empty, cut short, another shape).</exception>
    /// <exception cref="FormatException">A date that is not a date.</exception>
    public static PeriodFile Parse(string json)
    {
        var data = JsonSerializer.Deserialize<PeriodData>(json, Json) ?? throw new JsonException("empty file");
        var periods = data.Periods.ToDictionary(p => p.Id, p => new CommentPeriodInfo(
            p.Id, p.Assessment, p.Title, p.AssessmentTitle, DateOnly.Parse(p.Opens, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(p.Closes, System.Globalization.CultureInfo.InvariantCulture), p.MaxLength, p.RequiredFields, p.Sections, p.Url), StringComparer.Ordinal);
        return new PeriodFile(Uri.TryCreate(data.Site, UriKind.Absolute, out var site) ? site : null, periods);
    }

    /// <summary>The file in a built site folder, or null when there is none or it cannot be read.</summary>
    public static PeriodFile? TryRead(string sitePath)
    {
        var path = Path.Combine(sitePath, RelativePath);
        try
        {
            return File.Exists(path) ? Parse(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or FormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record PeriodData(string Site, List<PeriodRecord> Periods);

    private sealed record PeriodRecord(
        string Id, string Assessment, string Title, string? AssessmentTitle, string Opens, string Closes,
        int MaxLength, List<string> RequiredFields, List<string> Sections, string Url);
}
