using Disclosure.OpenData;
using Disclosure.Rendering;
using Disclosure.Routing;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 10: the files a site has besides its pages: theme assets, assessment attachments, the open data (which the
/// comment server reads too) and the words the comment server shows on its own pages. Input: the site graph.
/// Output: the files, copied ones with their source and made ones left for <see cref="ProduceFiles"/>. Each
/// document's row of a data set is made by the item phase <paramref name="makeRow"/>.
/// </summary>
/// <param name="makeChangeRows">Makes an assessment's records of the change data set, all in one row; a phase of its own, since the preview keeps one part per document for each item phase.</param>
public sealed class CollectFiles(ThemeFolders theme, UiStrings strings, DateTimeOffset now, IPhase<DocumentPart<DataRow>, DataRow> makeRow,
    IPhase<DocumentPart<DataRow>, DataRow> makeChangeRows)
    : IPhase<SiteGraph, IReadOnlyList<OutputFile>>
{
    public IReadOnlyList<OutputFile> Execute(SiteGraph graph)
    {
        var files = theme.Assets().Select(a => OutputFile.Copy(SiteRoutes.Asset(a.Key).TrimStart('/'), a.Value)).ToList();
        foreach (var a in graph.Content.Assessments.Where(a => a.AttachmentFolder is not null))
        {
            files.AddRange(a.Attachments.Select(f => OutputFile.Copy(SiteRoutes.FileOf(SiteRoutes.Attachment(a, f.File)), Path.Combine(a.AttachmentFolder!, f.File))
                with { Attachment = new AttachmentSource(a.Source.DisplayPath, f.Line, f.File) }));
        }
        files.AddRange(OpenData(graph));
        files.Add(CommentServerWords(strings));
        return files;
    }

    /// <summary>The data sets, made only when written: each lists every document of its kind.</summary>
    private IEnumerable<OutputFile> OpenData(SiteGraph graph)
    {
        var site = graph.Content.Site;
        var today = TokyoTime.DateOf(now);
        // An assessment's row is made of the assessment and the site-wide settings and words; a period's also of its
        // assessment, that assessment's sections and its state now.
        var assessments = new Lazy<IReadOnlyList<DataRow>>(() => graph.Content.Assessments
            .Select(a => makeRow.Execute(new(a, null, () => OpenDataSets.Assessments.Row(new(a, site, strings))))).ToList());
        var periods = new Lazy<IReadOnlyList<DataRow>>(() => graph.Content.CommentPeriods.Select(p =>
        {
            var assessment = graph.AssessmentById(p.AssessmentId);
            var sections = assessment is null ? [] : graph.RenderedOf(assessment).Body.Sections;
            var state = p.StateAt(now);
            return makeRow.Execute(new(p, (assessment, sections, state), () => OpenDataSets.CommentPeriods.Row(new(p, assessment, sections, site, state))));
        }).ToList());
        // Only results already published: a result dated later is not on its page yet either.
        var responses = new Lazy<IReadOnlyList<DataRow>>(() => graph.Content.CommentPeriods
            .Where(p => p.StateAt(now) == Content.CommentPeriodState.ResultPublished && p.Result!.Responses.Count > 0)
            .Select(p =>
            {
                var assessment = graph.AssessmentById(p.AssessmentId);
                var sections = assessment is null ? [] : graph.RenderedOf(assessment).Body.Sections;
                return OpenDataSets.CommentResponses.Rows(Rendering.Models.ResponseGroup.Of(p.Result!.Responses, sections)
                    .SelectMany(g => g.Responses)
                    .Select(n => new OpenDataSets.ResponseRow(p, n.Number, n.Response, site))
                    .ToList());
            })
            .ToList());
        var changes = new Lazy<IReadOnlyList<DataRow>>(() => graph.Content.Assessments.Where(a => a.Changes.Count > 0)
            .Select(a => makeChangeRows.Execute(new(a, null, () => OpenDataSets.AssessmentChanges.Rows(a.Changes.Select(c => new OpenDataSets.ChangeRow(a, c, site, strings)).ToList()))))
            .ToList());
        // Schedules are few, and a step's state and target depend on more than its schedule: their rows are made afresh.
        var schedules = new Lazy<IReadOnlyList<DataRow>>(() => graph.Content.Schedules.Select(s => OpenDataSets.Schedules.Row(new(s, s.Steps.Select(step => (object)new DataObject(
        [
            ("title", step.Title),
            ("start", JapaneseDate.Iso(step.Start)),
            ("end", JapaneseDate.Iso(step.End)),
            ("state", Labels.Token(step.StateOn(today))),
            ("note", step.Note),
            ("url", graph.StepTarget(step) is { } target ? site.AbsoluteUrl(target.Url) : null),
        ])).ToList(), site))).ToList());

        // A data set's JSON and CSV are made of its rows, and have them as their inputs (rows are equal when their bytes are).
        yield return OutputFile.LaterBytes(OpenDataSets.Assessments.JsonPath, () => OpenDataSets.Assessments.ToJson(site, assessments.Value), () => [assessments.Value]);
        yield return OutputFile.LaterBytes(OpenDataSets.Assessments.CsvPath, () => OpenDataSets.Assessments.ToCsv(assessments.Value), () => [assessments.Value]);
        yield return OutputFile.LaterBytes(OpenDataSets.CommentPeriods.JsonPath, () => OpenDataSets.CommentPeriods.ToJson(site, periods.Value), () => [periods.Value]);
        yield return OutputFile.LaterBytes(OpenDataSets.CommentPeriods.CsvPath, () => OpenDataSets.CommentPeriods.ToCsv(periods.Value), () => [periods.Value]);
        yield return OutputFile.LaterBytes(OpenDataSets.CommentResponses.JsonPath, () => OpenDataSets.CommentResponses.ToJson(site, responses.Value), () => [responses.Value]);
        yield return OutputFile.LaterBytes(OpenDataSets.CommentResponses.CsvPath, () => OpenDataSets.CommentResponses.ToCsv(responses.Value), () => [responses.Value]);
        yield return OutputFile.LaterBytes(OpenDataSets.Schedules.JsonPath, () => OpenDataSets.Schedules.ToJson(site, schedules.Value), () => [schedules.Value]);
        yield return OutputFile.LaterBytes(OpenDataSets.AssessmentChanges.JsonPath, () => OpenDataSets.AssessmentChanges.ToJson(site, changes.Value), () => [changes.Value]);
        yield return OutputFile.LaterBytes(OpenDataSets.AssessmentChanges.CsvPath, () => OpenDataSets.AssessmentChanges.ToCsv(changes.Value), () => [changes.Value]);
    }

    /// <summary>
    /// The interface words in the site's language, site theme overrides included: the comment server, which has no
    /// theme of its own, shows its receipt and error pages in them, with the site's date style. The server renders no
    /// Markdown, so the Markdown extensions' words (the redaction placeholder among them) are left out. Made of the
    /// words alone, which are site-wide: a build that changed only content keeps the file made before.
    /// </summary>
    private static OutputFile CommentServerWords(UiStrings strings) => OutputFile.LaterText(SiteRoutes.CommentServerWords, () =>
    {
        // Written field by field: the reflection-based serializer cost every build's start about as much as the rest.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, WordsJson))
        {
            json.WriteStartObject();
            json.WriteString("language", strings.Language);
            json.WriteStartObject("words");
            foreach (var (key, words) in strings.All.Where(w => !w.Key.StartsWith("markdown.", StringComparison.Ordinal)).OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                json.WriteString(key, words);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }, () => []);

    private static readonly System.Text.Json.JsonWriterOptions WordsJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };
}
