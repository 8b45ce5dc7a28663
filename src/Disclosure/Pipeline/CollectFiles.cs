using Disclosure.OpenData;
using Disclosure.Rendering;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>
/// The files a site has besides its pages: theme assets, assessment attachments, the open data (which the comment
/// server reads too) and the words the comment server shows on its own pages.
/// </summary>
public static class CollectFiles
{
    public static IReadOnlyList<OutputFile> Execute(SiteGraph graph, ThemeFolders theme, UiStrings strings, DateTimeOffset now)
    {
        var files = theme.Assets().Select(a => OutputFile.Copy($"assets/{a.Key}", a.Value)).ToList();
        foreach (var a in graph.Content.Assessments.Where(a => a.AttachmentFolder is not null))
        {
            files.AddRange(a.Attachments.Select(f => OutputFile.Copy($"assessments/{a.Id}/{f.File}", Path.Combine(a.AttachmentFolder!, f.File))
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
        var assessments = new Lazy<List<OpenDataSets.AssessmentRow>>(() =>
            graph.Content.Assessments.Select(a => new OpenDataSets.AssessmentRow(a, site, strings)).ToList());
        var periods = new Lazy<List<OpenDataSets.PeriodRow>>(() => graph.Content.CommentPeriods.Select(p =>
        {
            var assessment = graph.AssessmentById(p.AssessmentId);
            return new OpenDataSets.PeriodRow(p, assessment, assessment is null ? [] : graph.RenderedOf(assessment).Body.Sections, site, now);
        }).ToList());
        var schedules = new Lazy<List<OpenDataSets.ScheduleRow>>(() => graph.Content.Schedules.Select(s => new OpenDataSets.ScheduleRow(s, s.Steps.Select(step => (object)new
        {
            title = step.Title,
            start = JapaneseDate.Iso(step.Start),
            end = JapaneseDate.Iso(step.End),
            state = Labels.Token(step.StateOn(today)),
            note = step.Note,
            url = graph.StepTarget(step) is { } target ? site.AbsoluteUrl(target.Url) : null,
        }).ToList(), site)).ToList());

        // The JSON and the CSV of a data set share one description of their inputs, made once.
        var assessmentInputs = new Lazy<string>(() => OpenDataSets.Assessments.Inputs(assessments.Value));
        var periodInputs = new Lazy<string>(() => OpenDataSets.CommentPeriods.Inputs(periods.Value));
        yield return Text(OpenDataSets.Assessments.JsonPath, () => OpenDataSets.Assessments.ToJson(site, assessments.Value), () => assessmentInputs.Value);
        yield return Bytes(OpenDataSets.Assessments.CsvPath, () => OpenDataSets.Assessments.ToCsv(assessments.Value), () => assessmentInputs.Value);
        yield return Text(OpenDataSets.CommentPeriods.JsonPath, () => OpenDataSets.CommentPeriods.ToJson(site, periods.Value), () => periodInputs.Value);
        yield return Bytes(OpenDataSets.CommentPeriods.CsvPath, () => OpenDataSets.CommentPeriods.ToCsv(periods.Value), () => periodInputs.Value);
        yield return Text(OpenDataSets.Schedules.JsonPath, () => OpenDataSets.Schedules.ToJson(site, schedules.Value),
            () => OpenDataSets.Schedules.Inputs(schedules.Value));
    }

    /// <summary>
    /// The interface words in the site's language, site theme overrides included: the comment server, which has no
    /// theme of its own, shows its receipt and error pages in them, with the site's date style. The server renders no
    /// Markdown, so the Markdown extensions' words (the redaction placeholder among them) are left out.
    /// </summary>
    private static OutputFile CommentServerWords(UiStrings strings) => Text(CommentServerWordsPath, () => System.Text.Json.JsonSerializer.Serialize(
        new
        {
            language = strings.Language,
            words = strings.All.Where(w => !w.Key.StartsWith("markdown.", StringComparison.Ordinal))
                .OrderBy(w => w.Key, StringComparer.Ordinal).ToDictionary(),
        },
        new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }));

    public const string CommentServerWordsPath = "/comment-server/words.json";

    private static OutputFile Text(string sitePath, Func<string> text, Func<string>? inputs = null) =>
        OutputFile.Later(Relative(sitePath), () => OutputFile.FromText(Relative(sitePath), text()), inputs);

    private static OutputFile Bytes(string sitePath, Func<byte[]> bytes, Func<string>? inputs = null) =>
        OutputFile.Later(Relative(sitePath), () => OutputFile.FromBytes(Relative(sitePath), bytes()), inputs);

    private static string Relative(string sitePath) => sitePath.TrimStart('/');
}
