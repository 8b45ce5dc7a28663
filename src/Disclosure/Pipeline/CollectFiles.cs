using Disclosure.OpenData;
using Disclosure.Rendering;
using Disclosure.Routing;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 10: the files a site has besides its pages: theme assets, assessment attachments, the open data (which the
/// comment server reads too) and the words the comment server shows on its own pages. Input: the site graph.
/// Output: the files, copied ones with their source and made ones left for <see cref="ProduceFiles"/>.
/// </summary>
public sealed class CollectFiles(ThemeFolders theme, UiStrings strings, DateTimeOffset now) : IPhase<SiteGraph, IReadOnlyList<OutputFile>>
{
    public IReadOnlyList<OutputFile> Execute(SiteGraph graph)
    {
        var files = theme.Assets().Select(a => OutputFile.Copy(SiteRoutes.Asset(a.Key).TrimStart('/'), a.Value)).ToList();
        foreach (var a in graph.Content.Assessments.Where(a => a.AttachmentFolder is not null))
        {
            files.AddRange(a.Attachments.Select(f => OutputFile.Copy(SiteRoutes.FileOf(SiteRoutes.Attachment(a, f.File)), Path.Combine(a.AttachmentFolder!, f.File))
                with { Attachment = new AttachmentSource(a.Source.DisplayPath, f.Line, f.File) }));
        }
        files.AddRange(OpenData(graph, strings, now));
        files.Add(CommentServerWords(strings));
        return files;
    }

    /// <summary>The data sets, made only when written: each lists every document of its kind.</summary>
    private static IEnumerable<OutputFile> OpenData(SiteGraph graph, UiStrings strings, DateTimeOffset now)
    {
        var site = graph.Content.Site;
        var today = TokyoTime.DateOf(now);
        var assessments = new Lazy<IReadOnlyList<object?[]>>(() =>
            OpenDataSets.Assessments.Values(graph.Content.Assessments.Select(a => new OpenDataSets.AssessmentRow(a, site, strings))));
        var periods = new Lazy<IReadOnlyList<object?[]>>(() => OpenDataSets.CommentPeriods.Values(graph.Content.CommentPeriods.Select(p =>
        {
            var assessment = graph.AssessmentById(p.AssessmentId);
            return new OpenDataSets.PeriodRow(p, assessment, assessment is null ? [] : graph.RenderedOf(assessment).Body.Sections, site, now);
        })));
        var schedules = new Lazy<IReadOnlyList<object?[]>>(() => OpenDataSets.Schedules.Values(graph.Content.Schedules.Select(s => new OpenDataSets.ScheduleRow(s, s.Steps.Select(step => (object)new
        {
            title = step.Title,
            start = JapaneseDate.Iso(step.Start),
            end = JapaneseDate.Iso(step.End),
            state = Labels.Token(step.StateOn(today)),
            note = step.Note,
            url = graph.StepTarget(step) is { } target ? site.AbsoluteUrl(target.Url) : null,
        }).ToList(), site))));

        // The JSON and the CSV of a data set share its values, and one description of them as their inputs.
        var assessmentInputs = new Lazy<IReadOnlyList<object?>>(() => [DataValues.Inputs(assessments.Value)]);
        var periodInputs = new Lazy<IReadOnlyList<object?>>(() => [DataValues.Inputs(periods.Value)]);
        yield return OutputFile.LaterText(OpenDataSets.Assessments.JsonPath, () => OpenDataSets.Assessments.ToJson(site, assessments.Value), () => assessmentInputs.Value);
        yield return OutputFile.LaterBytes(OpenDataSets.Assessments.CsvPath, () => OpenDataSets.Assessments.ToCsv(assessments.Value), () => assessmentInputs.Value);
        yield return OutputFile.LaterText(OpenDataSets.CommentPeriods.JsonPath, () => OpenDataSets.CommentPeriods.ToJson(site, periods.Value), () => periodInputs.Value);
        yield return OutputFile.LaterBytes(OpenDataSets.CommentPeriods.CsvPath, () => OpenDataSets.CommentPeriods.ToCsv(periods.Value), () => periodInputs.Value);
        yield return OutputFile.LaterText(OpenDataSets.Schedules.JsonPath, () => OpenDataSets.Schedules.ToJson(site, schedules.Value),
            () => [DataValues.Inputs(schedules.Value)]);
    }

    /// <summary>
    /// The interface words in the site's language, site theme overrides included: the comment server, which has no
    /// theme of its own, shows its receipt and error pages in them, with the site's date style. The server renders no
    /// Markdown, so the Markdown extensions' words (the redaction placeholder among them) are left out. Made of the
    /// words alone, which are site-wide: a build that changed only content keeps the file made before.
    /// </summary>
    private static OutputFile CommentServerWords(UiStrings strings) => OutputFile.LaterText(SiteRoutes.CommentServerWords, () => System.Text.Json.JsonSerializer.Serialize(
        new
        {
            language = strings.Language,
            words = strings.All.Where(w => !w.Key.StartsWith("markdown.", StringComparison.Ordinal))
                .OrderBy(w => w.Key, StringComparer.Ordinal).ToDictionary(),
        },
        WordsJson), () => []);

    private static readonly System.Text.Json.JsonSerializerOptions WordsJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };
}
