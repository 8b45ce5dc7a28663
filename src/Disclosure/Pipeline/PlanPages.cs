using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.History;
using Disclosure.Markdown;
using Disclosure.OpenData;
using Disclosure.Rendering;
using Disclosure.Rendering.Models;
using Disclosure.Routing;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 9: decides every page of the site and gathers what its template shows. Input <see cref="PagesToPlan"/>
/// (the site graph, and which documents' pages to plan), output <see cref="PagesPlanned"/>.
/// </summary>
/// <param name="strings">The interface's words in the site's language: the titles made here, and every page's template.</param>
/// <param name="planLists">Plans the lists of assessments (in each order) and the tag pages.</param>
public sealed class PlanPages(BuildOptions options, UiStrings strings, IPhase<AssessmentsToList, IReadOnlyList<PageToRender>> planLists)
    : IPhase<PagesToPlan, PagesPlanned>
{
    private readonly DiagnosticBag _diagnostics = new();

    private Breadcrumb Home => new(strings["nav.home"], SiteRoutes.Home);
    private Breadcrumb AssessmentList => new(strings["page.assessments"], SiteRoutes.Assessments);
    private Breadcrumb PeriodList => new(strings["nav.comment_periods"], SiteRoutes.CommentPeriods);
    private Breadcrumb MeetingList => new(strings["nav.meetings"], SiteRoutes.Meetings);
    private Breadcrumb NewsList => new(strings["nav.news"], SiteRoutes.News);
    public PagesPlanned Execute(PagesToPlan input) => new(Plan(input.Graph, input.OnlyDocuments), _diagnostics.Items);

    private List<PageToRender> Plan(SiteGraph graph, IReadOnlySet<string>? onlyDocuments)
    {
        var content = graph.Content;
        var context = new SiteContext(content.Site, strings, graph.PageIds, Today);
        IEnumerable<T> Planned<T>(IEnumerable<T> documents) where T : ContentDocument =>
            onlyDocuments is null ? documents : documents.Where(d => onlyDocuments.Contains(d.Url));
        // Expired documents keep their pages but leave every list.
        bool Listed(ContentDocument d) => !d.Publication.IsExpiredOn(Today);
        var listed = content with
        {
            Assessments = content.Assessments.Where(Listed).ToList(),
            CommentPeriods = content.CommentPeriods.Where(Listed).ToList(),
            Meetings = content.Meetings.Where(Listed).ToList(),
            News = content.News.Where(Listed).ToList(),
        };
        var pages = new List<PageToRender> { HomePage(graph, context, listed) };
        // The lists of assessments and the tag pages show each assessment by its header only: given the same headers,
        // they are the same pages, which the incremental layer keeps instead of sorting ten thousand rows again.
        pages.AddRange(planLists.Execute(new AssessmentsToList(context, content.Assessments, listed.Assessments)));
        // The pages of a large site are mostly assessments and their versions: planned on every core, in order.
        var assessments = Planned(content.Assessments).ToList();
        pages.AddRange(OnEveryCore.Map(assessments, a => AssessmentPage(graph, context, a)));
        pages.AddRange(OnEveryCore.MapMany(assessments, a => RevisionPages(graph, context, a)));
        pages.AddRange(Planned(content.Schedules).Select(s => SchedulePage(graph, context, s)).OfType<PageToRender>());
        pages.Add(PeriodIndex(graph, context, listed));
        pages.AddRange(Planned(content.CommentPeriods).Select(p => PeriodPage(graph, context, p)).OfType<PageToRender>());
        var meetings = listed.Meetings.OrderByDescending(m => m.Date).ToList();
        pages.Add(Page("MeetingIndex.cshtml", new MeetingIndexModel
        {
            Context = context, Title = strings["page.meetings"], Path = SiteRoutes.Meetings, Section = SiteRoutes.Meetings,
            Breadcrumbs = [Home], Meetings = meetings,
        }, new PageInputs().Fields(meetings)));
        pages.AddRange(Planned(content.Meetings).Select(m => Page("Meeting.cshtml", new MeetingPageModel
        {
            Context = context, Title = m.Title, Path = m.Url, Section = SiteRoutes.Meetings,
            Breadcrumbs = [Home, MeetingList], Meeting = m, BodyHtml = new HtmlFragment(graph.RenderedOf(m).Body.Html), BodyHeadings = graph.RenderedOf(m).Body.SearchHeadings,
            Assessments = graph.AssessmentsOf(m), LinkedFrom = Links(graph.LinkedFrom(m)),
        }, new PageInputs().Whole(graph.RenderedOf(m)).Fields(graph.AssessmentsOf(m)).Fields(graph.LinkedFrom(m)))));
        var news = listed.News.OrderByDescending(n => n.Date).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        pages.Add(Page("NewsIndex.cshtml", new NewsIndexModel
        {
            Context = context, Title = strings["page.news"], Path = SiteRoutes.News, Section = SiteRoutes.News,
            Breadcrumbs = [Home], News = news,
        }, new PageInputs().Fields(news)));
        pages.AddRange(Planned(content.News).Select(n => Page("News.cshtml", new NewsPageModel
        {
            Context = context, Title = n.Title, Path = n.Url, Section = SiteRoutes.News,
            Breadcrumbs = [Home, NewsList], Item = n, BodyHtml = new HtmlFragment(graph.RenderedOf(n).Body.Html), BodyHeadings = graph.RenderedOf(n).Body.SearchHeadings,
        }, new PageInputs().Whole(graph.RenderedOf(n)))));
        pages.AddRange(Planned(content.Pages).Select(p => Page("Page.cshtml", new FreePageModel
        {
            Context = context, Title = p.Title, Path = p.Url, Section = p.Url,
            Breadcrumbs = [Home], Page = p, BodyHtml = new HtmlFragment(graph.RenderedOf(p).Body.Html), BodyHeadings = graph.RenderedOf(p).Body.SearchHeadings, LinkedFrom = Links(graph.LinkedFrom(p)),
            AccessibilityReport = p.Id == "accessibility" ? content.AccessibilityReport : null,
        }, new PageInputs().Whole(graph.RenderedOf(p), p.Id == "accessibility" ? content.AccessibilityReport : null).Fields(graph.LinkedFrom(p)))));
        pages.Add(Page("OpenData.cshtml", new OpenDataPageModel
        {
            Context = context, Title = strings["page.open_data"], Path = SiteRoutes.OpenData, Section = SiteRoutes.OpenData,
            Breadcrumbs = [Home], DataSets = OpenDataSets.All,
        }, new PageInputs()));
        pages.Add(Page("Search.cshtml", new SearchPageModel
        {
            Context = context, Title = strings["page.search"], Path = SiteRoutes.Search, Section = SiteRoutes.Search, Breadcrumbs = [Home],
        }, new PageInputs()));
        pages.Add(Page("NotFound.cshtml", new NotFoundPageModel
        {
            Context = context, Title = strings["page.not_found"], Path = SiteRoutes.NotFound, Breadcrumbs = [Home],
        }, new PageInputs()));
        return WithoutClashes(pages);
    }

    private PageToRender HomePage(SiteGraph graph, SiteContext context, SiteContent content)
    {
        var periods = content.CommentPeriods.Select(p => Summarize(graph, p)).OfType<PeriodSummary>().ToList();
        var updates = content.Assessments.Select(a => new UpdateItem(a.Title, a.Url, a.LastChanged, strings.Of(a.Kind)))
            .Concat(content.News.Select(n => new UpdateItem(n.Title, n.Url, n.Date, strings.Of(DocumentCollection.News))))
            .Concat(content.Meetings.Select(m => new UpdateItem(m.Title, m.Url, m.Date, strings.Of(DocumentCollection.Meetings))))
            .Where(u => u.Date <= Today)
            .OrderByDescending(u => u.Date).ThenBy(u => u.Path, StringComparer.Ordinal)
            .Take(10)
            .ToList();

        var open = periods.Where(p => p.State == CommentPeriodState.Open).OrderBy(p => p.Period.Closes).ToList();
        var upcoming = periods.Where(p => p.State == CommentPeriodState.Upcoming).OrderBy(p => p.Period.Opens).ToList();
        var news = content.News.Where(n => n.Date <= Today).OrderByDescending(n => n.Date).Take(5).ToList();
        return Page("Home.cshtml", new HomePageModel
        {
            Context = context, Title = content.Site.Title, Path = SiteRoutes.Home, Section = SiteRoutes.Home,
            Description = strings.Format("page.home.description", content.Site.Organization),
            OpenPeriods = open,
            UpcomingPeriods = upcoming,
            RecentUpdates = updates,
            News = news,
        }, Shown(new PageInputs().Values(updates).Fields(news), open.Concat(upcoming)));
    }

    private PageToRender AssessmentPage(SiteGraph graph, SiteContext context, Assessment a)
    {
        var schedule = graph.ScheduleOf(a);
        var period = graph.PeriodOf(a);
        return Page("Assessment.cshtml", new AssessmentPageModel
        {
            Context = context, Title = a.Title, Path = a.Url, Section = SiteRoutes.Assessments,
            Description = strings.Format("page.assessment.description", a.Organization, a.Affairs, strings.Of(a.Kind), strings.Of(a.Status)),
            Breadcrumbs = [Home, AssessmentList],
            Assessment = a,
            BodyHtml = new HtmlFragment(graph.RenderedOf(a).Body.Html), BodyHeadings = graph.RenderedOf(a).Body.SearchHeadings,
            Schedule = schedule,
            Steps = schedule is null ? [] : Steps(graph, schedule),
            CommentPeriod = period is null ? null : Summarize(graph, period),
            Meetings = graph.MeetingsOf(a),
            LinkedFrom = Links(graph.LinkedFrom(a)),
            Revisions = RevisionLinks(a, graph.History.Of(a.Id), graph.Content.Site),
        }, Shown(new PageInputs().Whole(graph.RenderedOf(a), graph.History.Of(a.Id)).Fields(StepTargets(graph, schedule))
                .Fields(graph.MeetingsOf(a)).Fields(graph.LinkedFrom(a)).Fields(schedule is null ? [] : [schedule]),
            period is null ? [] : [Summarize(graph, period)]));
    }

    /// <summary>A page per committed version, showing what changed from the version before, section by section.</summary>
    private IEnumerable<PageToRender> RevisionPages(SiteGraph graph, SiteContext context, Assessment a)
    {
        var revisions = graph.History.Of(a.Id);
        var words = new PublicTextWords(strings["revision.fields_section"], strings["revision.body_section"], strings["punct.comma"], strings.MarkdownWords);
        // Each version is both the newer side of its own page and the older side of the next one: read it once.
        var pipeline = MarkdownPipelines.For(allowHtml: false, graph.Content.Site.EastAsianLineBreaks, strings.MarkdownWords);
        var publicTexts = revisions.Select(r => PublicText.Of(r.Text, words, pipeline)).ToList();
        var links = RevisionLinks(a, revisions, graph.Content.Site);
        for (var i = 0; i < revisions.Count; i++)
        {
            var previous = i + 1 < revisions.Count ? revisions[i + 1] : null;
            yield return Page("Revision.cshtml", new RevisionPageModel
            {
                Context = context, Section = SiteRoutes.Assessments,
                Title = strings.Format("page.revision", a.Title, strings.Date(links[i].Date), revisions[i].ShortHash[..7]),
                Path = links[i].Path,
                Breadcrumbs = [Home, AssessmentList, new Breadcrumb(a.Title, a.Url)],
                Assessment = a,
                Revision = links[i],
                Previous = previous is null ? null : links[i + 1],
                Changes = revisions[i].ChangesAddedSince(previous),
                Sections = SectionDiff.Between(previous is null ? [] : publicTexts[i + 1], publicTexts[i]),
            }, new PageInputs().Whole(revisions).Fields(a));
        }
    }

    /// <param name="revisions">Newest first, as the history gives them: each version's predecessor follows it.</param>
    private List<RevisionLink> RevisionLinks(Assessment a, IReadOnlyList<Revision> revisions, SiteConfig site) =>
        revisions.Select((revision, i) =>
        {
            var previous = i + 1 < revisions.Count ? revisions[i + 1] : null;
            return new RevisionLink(TokyoTime.DateOf(revision.Date), RevisionSummary.Of(revision, previous, site, strings),
                PublicText.VersionOf(revision.Text), SiteRoutes.Revision(a, revision.ShortHash));
        }).ToList();

    /// <summary>Null when the schedule names no existing assessment (already reported).</summary>
    private PageToRender? SchedulePage(SiteGraph graph, SiteContext context, Schedule s)
    {
        if (graph.AssessmentById(s.AssessmentId) is not { } assessment)
        {
            return null;
        }
        return Page("Schedule.cshtml", new SchedulePageModel
        {
            Context = context, Title = s.Title, Path = s.Url, Section = SiteRoutes.Assessments,
            Breadcrumbs = [Home, AssessmentList, new Breadcrumb(assessment.Title, assessment.Url)],
            Schedule = s, Assessment = assessment, Steps = Steps(graph, s),
        }, new PageInputs().Fields(s, assessment).Fields(StepTargets(graph, s)));
    }

    private PageToRender PeriodIndex(SiteGraph graph, SiteContext context, SiteContent listed)
    {
        var periods = listed.CommentPeriods.Select(p => Summarize(graph, p)).OfType<PeriodSummary>().ToList();
        return Page("CommentPeriodIndex.cshtml", new CommentPeriodIndexModel
        {
            Context = context, Title = strings["page.comment_periods"], Path = SiteRoutes.CommentPeriods,
            Section = SiteRoutes.CommentPeriods, Breadcrumbs = [Home],
            Open = periods.Where(p => p.State == CommentPeriodState.Open).OrderBy(p => p.Period.Closes).ToList(),
            Upcoming = periods.Where(p => p.State == CommentPeriodState.Upcoming).OrderBy(p => p.Period.Opens).ToList(),
            Past = periods.Where(p => p.State is CommentPeriodState.Closed or CommentPeriodState.ResultPublished)
                .OrderByDescending(p => p.Period.Closes).ToList(),
        }, Shown(new PageInputs(), periods));
    }

    /// <summary>Null when the period names no existing assessment (already reported).</summary>
    private PageToRender? PeriodPage(SiteGraph graph, SiteContext context, CommentPeriod p)
    {
        if (Summarize(graph, p) is not { } summary)
        {
            return null;
        }
        var rendered = graph.RenderedOf(p);
        var endpoint = graph.Content.Site.CommentEndpoint;
        return Page("CommentPeriod.cshtml", new CommentPeriodPageModel
        {
            Context = context, Title = p.Title, Path = p.Url, Section = SiteRoutes.CommentPeriods,
            Description = strings.Format("page.comment_period.description", summary.Assessment.Title, strings.DateRange(p.Opens, p.Closes)),
            Breadcrumbs = [Home, PeriodList],
            Summary = summary,
            BodyHtml = new HtmlFragment(rendered.Body.Html), BodyHeadings = rendered.Body.SearchHeadings,
            HowToSubmitHtml = new HtmlFragment(rendered.HowToSubmit.Html),
            ResultSummaryHtml = new HtmlFragment(rendered.ResultSummary?.Html ?? ""),
            Schedule = graph.ScheduleOf(summary.Assessment),
            Sections = graph.RenderedOf(summary.Assessment).Body.Sections,
            FormAction = endpoint.Length == 0 ? null : SiteRoutes.CommentSubmission(endpoint, p.Id),
            PrivacyPage = graph.PrivacyPage,
        }, Shown(new PageInputs().Whole(rendered, graph.RenderedOf(summary.Assessment))
                .Fields(graph.ScheduleOf(summary.Assessment) is { } schedule ? [schedule] : []).Fields(graph.PrivacyPage is { } privacy ? [privacy] : []),
            [summary]));
    }

    /// <summary>
    /// A page for every tag any published assessment carries (an expired assessment still links to its tags);
    /// the lists on them, and the tag index, show only assessments that are still listed.
    /// </summary>
    private IReadOnlyList<StepView> Steps(SiteGraph graph, Schedule schedule) =>
        schedule.Steps.Select((step, i) => new StepView(i + 1, step, step.StateOn(Today),
            graph.StepTarget(step) is { } target ? Link(target) : null)).ToList();

    private PeriodSummary? Summarize(SiteGraph graph, CommentPeriod p) =>
        graph.AssessmentById(p.AssessmentId) is { } assessment
            ? new PeriodSummary(p, assessment, p.StateAt(options.Now), p.Closes.DayNumber - Today.DayNumber)
            : null;

    private IReadOnlyList<DocumentLink> Links(IEnumerable<ContentDocument> documents) => documents.Select(Link).ToList();

    private DocumentLink Link(ContentDocument d) =>
        new(d.Title, d.Url, strings.Of(d.Collection), SiteGraph.DateOf(d) is var date && date != DateOnly.MinValue ? date : null);

    /// <param name="inputs">What the page shows besides the site-wide inputs: what decides whether a later build may reuse it.</param>
    private static PageToRender Page(string template, PageModel model, PageInputs inputs) => new(template, model, model.Document, inputs);

    /// <summary>Comment periods shown in summary: each with its assessment, and the state and days left worked out for today.</summary>
    private static PageInputs Shown(PageInputs inputs, IEnumerable<PeriodSummary?> periods)
    {
        foreach (var summary in periods.OfType<PeriodSummary>())
        {
            inputs.Fields(summary.Period, summary.Assessment).Values(summary.State, summary.DaysLeft);
        }
        return inputs;
    }

    private static IEnumerable<ContentDocument> StepTargets(SiteGraph graph, Schedule? schedule) =>
        schedule?.Steps.Select(graph.StepTarget).OfType<ContentDocument>() ?? [];

    private DateOnly Today => TokyoTime.DateOf(options.Now);

    /// <summary>
    /// A document whose page would be written where a page the site makes itself is (compared ignoring letter case, as
    /// some hosts do) is reported and left out. Assessment ids of the site's own lists are refused before this
    /// (<see cref="SiteRoutes.ReservedAssessmentIds"/>); this catches any clash that remains.
    /// </summary>
    private List<PageToRender> WithoutClashes(List<PageToRender> pages)
    {
        var kept = new List<PageToRender>();
        foreach (var clash in pages.GroupBy(p => p.OutputPath, StringComparer.OrdinalIgnoreCase))
        {
            var generated = clash.FirstOrDefault(p => p.Source is null) ?? clash.First();
            kept.Add(generated);
            foreach (var page in clash.Where(p => p != generated && p.Source is not null))
            {
                _diagnostics.Error(page.Source!.Source.DisplayPath, 1,
                    $"{UrlClash.Message(page.Model.Path)}。");
            }
        }
        return kept;
    }
}
