using Disclosure.Content;
using Disclosure.History;
using Disclosure.OpenData;
using Disclosure.Rendering;
using Disclosure.Syndication;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// The incremental layer: kept by a process that builds the same site again (the preview), it puts a memo of
/// earlier builds' results in front of each phase <see cref="BuildPhases"/> makes, keyed by that phase's inputs —
/// what is reused is exactly what a full build would have made again. Results of a failed build are never
/// remembered (<see cref="Succeeded"/>): the next build starts from the last good one.
/// </summary>
public sealed class IncrementalPhases : BuildPhases
{
    private readonly ListedFolders _listed = new();
    private readonly ParsedFiles _parsed = new();
    private readonly ValidatedContent _validated = new();
    private readonly CheckedGuideline _guideline = new();
    private readonly RenderedDocuments _markdown = new();
    private readonly ReadHistories _history = new();
    private readonly ConnectedDocuments _graph = new();
    private readonly RenderedPages _pages = new();
    private readonly PlannedLists _lists = new();
    private readonly ProducedFiles _produced = new();
    private readonly DocumentParts<DataRow> _rows = new();
    private readonly DocumentParts<DataRow> _changeRows = new();
    private readonly DocumentParts<IReadOnlyList<SiteEvent>> _events = new();
    private readonly ResolvedLinks _links = new();
    private readonly CheckedFiles _checked = new();
    private readonly WrittenFiles _written = new();

    private EditedPaths? _edited;

    /// <summary>
    /// Called before a build with what a file watcher saw change since the last one (<see cref="EditedFiles.Take"/>);
    /// null, or never called, and every file is looked at.
    /// </summary>
    public void Edited(EditedPaths? paths) => _edited = paths;

    public override IPhase<FolderToList, FolderListed> ListFolder() => _listed.Around(base.ListFolder(), _edited);

    public override IPhase<FileToParse, FileParsed> ParseFile() => _parsed.Around(base.ParseFile(), _edited);

    public override IPhase<SiteContent, PublishedContent> ValidateReferences(BuildOptions options) => _validated.Around(base.ValidateReferences(options), options);

    public override IPhase<SiteContent, Guideline.GuidelineFindings> CheckGuideline(BuildOptions options) => _guideline.Around(base.CheckGuideline(options), options);

    public override IPhase<DocumentToRender, DocumentRendered> RenderDocument() => _markdown.Around(base.RenderDocument());

    public override IPhase<SiteContent, RevisionHistory> ReadHistory(BuildOptions options, Markdown.MarkdownWords words) =>
        _history.Around(base.ReadHistory(options, words), options, words);

    public override IPhase<DocumentsToConnect, SiteGraph> ConnectDocuments() => _graph.Around(base.ConnectDocuments());

    public override IPhase<PagesToPlan, PagesPlanned> PlanPages(BuildOptions options, UiStrings strings, SiteWideInputs siteWide) =>
        _pages.AroundPlanning(base.PlanPages(options, strings, siteWide), siteWide);

    public override IPhase<AssessmentsToList, IReadOnlyList<PageToRender>> PlanAssessmentLists(UiStrings strings, SiteWideInputs siteWide) =>
        _lists.Around(base.PlanAssessmentLists(strings, siteWide), siteWide);

    public override IPhase<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>> ProduceFiles(SiteWideInputs siteWide) =>
        _produced.Around(base.ProduceFiles(siteWide), siteWide);

    public override IPhase<DocumentPart<DataRow>, DataRow> MakeDataRow(SiteWideInputs siteWide) => _rows.Around(base.MakeDataRow(siteWide), siteWide);

    public override IPhase<DocumentPart<DataRow>, DataRow> MakeChangeRows(SiteWideInputs siteWide) => _changeRows.Around(base.MakeChangeRows(siteWide), siteWide);

    public override IPhase<DocumentPart<IReadOnlyList<SiteEvent>>, IReadOnlyList<SiteEvent>> MakeFeedEvents(SiteWideInputs siteWide) =>
        _events.Around(base.MakeFeedEvents(siteWide), siteWide);

    public override IAsyncPhase<IReadOnlyList<PageToRender>, PagesRendered> RenderTemplates(RenderTemplates templates, SiteWideInputs siteWide) =>
        _pages.AroundRendering(base.RenderTemplates(templates, siteWide), siteWide);

    public override IPhase<PageToResolve, IReadOnlyList<ResolvedLink>> ResolveLinks(SiteConfig site) => _links.AroundResolving(base.ResolveLinks(site));

    public override IPhase<LinksToValidate, LinksValidated> ValidateLinks(ValidateLinks validate) => _links.AroundValidating(base.ValidateLinks(validate));

    public override IPhase<RenderedDocument, WithheldInDocument> FindWithheld() => _checked.AroundFinding(base.FindWithheld());

    public override IPhase<FileToCheck, IReadOnlyList<Diagnostics.Diagnostic>> CheckFile() => _checked.AroundChecking(base.CheckFile());

    public override IPhase<IReadOnlyList<OutputFile>, FilesWritten> WriteFiles(string outputDirectory) =>
        _written.Around(base.WriteFiles(outputDirectory), outputDirectory);

    public override void Succeeded()
    {
        _pages.Remember();
        _links.Remember();
        _produced.Remember();
    }
}
