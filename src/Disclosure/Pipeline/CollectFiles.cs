using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Disclosure.Content;
using Disclosure.Rendering;

namespace Disclosure.Pipeline;

/// <summary>The files a site has besides its pages: theme assets, assessment attachments and the data the comment server reads.</summary>
public static class CollectFiles
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    public static IReadOnlyList<OutputFile> Execute(SiteGraph graph, ThemeFolders theme)
    {
        var files = theme.Assets().Select(a => OutputFile.Copy($"assets/{a.Key}", a.Value)).ToList();
        foreach (var a in graph.Content.Assessments.Where(a => a.AttachmentFolder is not null))
        {
            files.AddRange(a.Attachments.Select(f => OutputFile.Copy($"assessments/{a.Id}/{f.File}", Path.Combine(a.AttachmentFolder!, f.File))));
        }
        files.Add(OutputFile.FromText("data/comment-periods.json", CommentPeriodData(graph)));
        return files;
    }

    /// <summary>What the comment server needs to know of each period, so it never has to read the content itself.</summary>
    private static string CommentPeriodData(SiteGraph graph)
    {
        var periods = graph.Content.CommentPeriods.Select(p =>
        {
            var assessment = graph.AssessmentById(p.AssessmentId);
            return new
            {
                p.Id,
                Assessment = p.AssessmentId,
                p.Title,
                AssessmentTitle = assessment?.Title,
                Opens = p.Opens.ToString("yyyy-MM-dd"),
                Closes = p.Closes.ToString("yyyy-MM-dd"),
                p.MaxLength,
                RequiredFields = p.RequiredFields.Select(f => f.ToString().ToLowerInvariant()).Order().ToList(),
                Sections = assessment is null ? [] : graph.RenderedOf(assessment).Body.Sections,
                Url = graph.Content.Site.AbsoluteUrl(p.Url),
            };
        });
        return JsonSerializer.Serialize(new { Site = graph.Content.Site.BaseUrl.ToString(), Periods = periods }, Json);
    }
}
