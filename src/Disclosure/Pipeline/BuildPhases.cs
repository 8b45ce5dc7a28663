using Disclosure.Content;
using Disclosure.History;
using Disclosure.OpenData;
using Disclosure.Rendering;
using Disclosure.Syndication;

namespace Disclosure.Pipeline;

/// <summary>
/// Makes the phases whose work an earlier build may already have done: the per-item phases (a folder listed, a file parsed, a
/// document rendered, a document's part of a feed or a data set, a page's links, a document's non-public passages, a
/// file searched for leaks) and the phases over the whole site that the preview shortens (history, planning,
/// rendering pages, making feeds and data, writing). A one-off build uses these as they are; a process that builds
/// the same site again uses <c>Incremental.IncrementalPhases</c>, which puts a memo of earlier results in front of
/// each — the phases themselves never know.
/// </summary>
public class BuildPhases
{
    public virtual IPhase<FileToParse, FileParsed> ParseFile() => new ParseFile();

    public virtual IPhase<FolderToList, FolderListed> ListFolder() => new ListFolder();

    public virtual IPhase<SiteContent, PublishedContent> ValidateReferences(BuildOptions options) => new ValidateReferences(options);

    public virtual IPhase<SiteContent, Guideline.GuidelineFindings> CheckGuideline(BuildOptions options) => new CheckGuideline(options);

    public virtual IPhase<DocumentToRender, DocumentRendered> RenderDocument() => new RenderDocument();

    public virtual IPhase<SiteContent, RevisionHistory> ReadHistory(BuildOptions options, Markdown.MarkdownWords words) => new ReadHistory(options, words);

    public virtual IPhase<DocumentsToConnect, SiteGraph> ConnectDocuments() => new ConnectDocuments();

    public virtual IPhase<PagesToPlan, PagesPlanned> PlanPages(BuildOptions options, UiStrings strings, SiteWideInputs siteWide) =>
        new PlanPages(options, strings, PlanAssessmentLists(strings, siteWide));

    public virtual IPhase<AssessmentsToList, IReadOnlyList<PageToRender>> PlanAssessmentLists(UiStrings strings, SiteWideInputs siteWide) =>
        new PlanAssessmentLists(strings);

    public virtual IPhase<IReadOnlyList<OutputFile>, IReadOnlyList<OutputFile>> ProduceFiles(SiteWideInputs siteWide) => new ProduceFiles();

    /// <summary>Makes one document's row of a data set (<see cref="CollectFiles"/>).</summary>
    public virtual IPhase<DocumentPart<DataRow>, DataRow> MakeDataRow(SiteWideInputs siteWide) => new MakeDocumentPart<DataRow>();

    /// <summary>Makes one assessment's records of the change data set, as one row (<see cref="CollectFiles"/>).</summary>
    public virtual IPhase<DocumentPart<DataRow>, DataRow> MakeChangeRows(SiteWideInputs siteWide) => new MakeDocumentPart<DataRow>();

    /// <summary>Works out one document's feed entries (<see cref="CollectFollowFiles"/>).</summary>
    public virtual IPhase<DocumentPart<IReadOnlyList<SiteEvent>>, IReadOnlyList<SiteEvent>> MakeFeedEvents(SiteWideInputs siteWide) =>
        new MakeDocumentPart<IReadOnlyList<SiteEvent>>();

    public virtual IAsyncPhase<IReadOnlyList<PageToRender>, PagesRendered> RenderTemplates(RenderTemplates templates, SiteWideInputs siteWide) => templates;

    public virtual IPhase<PageToResolve, IReadOnlyList<ResolvedLink>> ResolveLinks(SiteConfig site) => new ResolveLinks(site);

    public virtual IPhase<LinksToValidate, LinksValidated> ValidateLinks(ValidateLinks validate) => validate;

    public virtual IPhase<RenderedDocument, WithheldInDocument> FindWithheld() => new FindWithheld();

    public virtual IPhase<FileToCheck, IReadOnlyList<Diagnostics.Diagnostic>> CheckFile() => new CheckFile();

    public virtual IPhase<IReadOnlyList<OutputFile>, FilesWritten> WriteFiles(string outputDirectory) => new WriteFiles(outputDirectory);

    /// <summary>Called once a build has written everything: the phases' results may be reused by the next build.</summary>
    public virtual void Succeeded()
    {
    }
}
