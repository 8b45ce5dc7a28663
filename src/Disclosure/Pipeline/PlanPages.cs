using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.History;
using Disclosure.OpenData;
using Disclosure.Rendering;
using Disclosure.Rendering.Models;
using Disclosure.Time;

namespace Disclosure.Pipeline;

/// <summary>Phase 4: decides every page of the site and gathers what its template shows.</summary>
public sealed class PlanPages(BuildOptions options, DiagnosticBag diagnostics)
{
    private static readonly Breadcrumb Home = new("ホーム", "/");
    private static readonly Breadcrumb AssessmentList = new("評価書一覧", "/assessments/");
    private static readonly Breadcrumb PeriodList = new("意見募集", "/comment-periods/");
    private static readonly Breadcrumb MeetingList = new("会議", "/meetings/");
    private static readonly Breadcrumb NewsList = new("お知らせ", "/news/");
    private static readonly Breadcrumb TagList = new("タグ一覧", "/tags/");

    private static readonly (AssessmentSort Sort, string Label, string Path)[] Sorts =
    [
        (AssessmentSort.Kind, "評価書の種類別", "/assessments/"),
        (AssessmentSort.Updated, "更新日の新しい順", "/assessments/by-updated/"),
        (AssessmentSort.Department, "担当課別", "/assessments/by-department/"),
        (AssessmentSort.Status, "状況別", "/assessments/by-status/"),
    ];

    public IReadOnlyList<PageToRender> Execute(SiteGraph graph)
    {
        var content = graph.Content;
        // Expired documents keep their pages but leave every list.
        bool Listed(ContentDocument d) => !d.Publication.IsExpiredOn(Today);
        var listed = content with
        {
            Assessments = content.Assessments.Where(Listed).ToList(),
            CommentPeriods = content.CommentPeriods.Where(Listed).ToList(),
            Meetings = content.Meetings.Where(Listed).ToList(),
            News = content.News.Where(Listed).ToList(),
        };
        var pages = new List<PageToRender> { HomePage(graph, listed) };
        pages.AddRange(Sorts.Select(s => AssessmentIndex(listed, s.Sort)));
        pages.AddRange(content.Assessments.Select(a => AssessmentPage(graph, a)));
        pages.AddRange(content.Assessments.SelectMany(a => RevisionPages(graph, a)));
        pages.AddRange(content.Schedules.Select(s => SchedulePage(graph, s)).OfType<PageToRender>());
        pages.Add(PeriodIndex(graph, listed));
        pages.AddRange(content.CommentPeriods.Select(p => PeriodPage(graph, p)).OfType<PageToRender>());
        pages.Add(Page("MeetingIndex.cshtml", null, new MeetingIndexModel
        {
            Site = content.Site, Now = options.Now, Title = "会議", Path = "/meetings/", Section = "/meetings/",
            Breadcrumbs = [Home], Meetings = listed.Meetings.OrderByDescending(m => m.Date).ToList(),
        }));
        pages.AddRange(content.Meetings.Select(m => Page("Meeting.cshtml", m, new MeetingPageModel
        {
            Site = content.Site, Now = options.Now, Title = m.Title, Path = m.Url, Section = "/meetings/",
            Breadcrumbs = [Home, MeetingList], Meeting = m, BodyHtml = graph.RenderedOf(m).Body.Html,
            Assessments = graph.AssessmentsOf(m), LinkedFrom = Links(graph.LinkedFrom(m)),
        })));
        pages.Add(Page("NewsIndex.cshtml", null, new NewsIndexModel
        {
            Site = content.Site, Now = options.Now, Title = "お知らせ", Path = "/news/", Section = "/news/",
            Breadcrumbs = [Home], News = listed.News.OrderByDescending(n => n.Date).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(),
        }));
        pages.AddRange(content.News.Select(n => Page("News.cshtml", n, new NewsPageModel
        {
            Site = content.Site, Now = options.Now, Title = n.Title, Path = n.Url, Section = "/news/",
            Breadcrumbs = [Home, NewsList], Item = n, BodyHtml = graph.RenderedOf(n).Body.Html,
        })));
        pages.AddRange(content.Pages.Select(p => Page("Page.cshtml", p, new FreePageModel
        {
            Site = content.Site, Now = options.Now, Title = p.Title, Path = p.Url, Section = p.Url,
            Breadcrumbs = [Home], Page = p, BodyHtml = graph.RenderedOf(p).Body.Html, LinkedFrom = Links(graph.LinkedFrom(p)),
            AccessibilityReport = p.Id == "accessibility" ? content.AccessibilityReport : null,
        })));
        pages.AddRange(TagPages(graph, listed));
        pages.Add(Page("OpenData.cshtml", null, new OpenDataPageModel
        {
            Site = content.Site, Now = options.Now, Title = "オープンデータ", Path = "/data/", Section = "/data/",
            Breadcrumbs = [Home], DataSets = OpenDataSets.All,
        }));
        pages.Add(Page("Search.cshtml", null, new SearchPageModel
        {
            Site = content.Site, Now = options.Now, Title = "サイト内検索", Path = "/search/", Section = "/search/", Breadcrumbs = [Home],
        }));
        pages.Add(Page("NotFound.cshtml", null, new NotFoundPageModel
        {
            Site = content.Site, Now = options.Now, Title = "ページが見つかりません", Path = "/404.html", Breadcrumbs = [Home],
        }));

        var pageIds = content.Pages.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            page.Model.PageIds = pageIds;
            page.Model.Feeds = Feeds(page);
            page.Model.ExpiredOn = page.Source?.Publication is { } publication && publication.IsExpiredOn(Today) ? publication.ExpiresAt : null;
        }
        return WithoutClashes(pages);
    }

    private PageToRender HomePage(SiteGraph graph, SiteContent content)
    {
        var periods = content.CommentPeriods.Select(p => Summarize(graph, p)).OfType<PeriodSummary>().ToList();
        var updates = content.Assessments.Select(a => new UpdateItem(a.Title, a.Url, a.LastChanged, Labels.Of(a.Kind)))
            .Concat(content.News.Select(n => new UpdateItem(n.Title, n.Url, n.Date, "お知らせ")))
            .Concat(content.Meetings.Select(m => new UpdateItem(m.Title, m.Url, m.Date, "会議")))
            .Where(u => u.Date <= Today)
            .OrderByDescending(u => u.Date).ThenBy(u => u.Path, StringComparer.Ordinal)
            .Take(10)
            .ToList();

        return Page("Home.cshtml", null, new HomePageModel
        {
            Site = content.Site, Now = options.Now, Title = content.Site.Title, Path = "/", Section = "/",
            Description = $"{content.Site.Organization}の特定個人情報保護評価書と、その意見募集・審議の記録を公開しています。",
            OpenPeriods = periods.Where(p => p.State == CommentPeriodState.Open).OrderBy(p => p.Period.Closes).ToList(),
            UpcomingPeriods = periods.Where(p => p.State == CommentPeriodState.Upcoming).OrderBy(p => p.Period.Opens).ToList(),
            RecentUpdates = updates,
            News = content.News.Where(n => n.Date <= Today).OrderByDescending(n => n.Date).Take(5).ToList(),
        });
    }

    private PageToRender AssessmentIndex(SiteContent content, AssessmentSort sort)
    {
        var all = content.Assessments;
        IReadOnlyList<AssessmentGroup> groups = sort switch
        {
            AssessmentSort.Kind => Enum.GetValues<AssessmentKind>().Reverse()
                .Select(k => new AssessmentGroup(Labels.Of(k), $"kind-{Labels.Token(k)}", all.Where(a => a.Kind == k).OrderBy(a => a.Title, StringComparer.Ordinal).ToList()))
                .ToList(),
            AssessmentSort.Updated =>
                [new AssessmentGroup("更新日の新しい順", "updated", all.OrderByDescending(a => a.LastChanged).ThenBy(a => a.Title, StringComparer.Ordinal).ToList())],
            AssessmentSort.Department => all.GroupBy(a => a.Department).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select((g, i) => new AssessmentGroup(g.Key, $"department-{i + 1}", g.OrderBy(a => a.Title, StringComparer.Ordinal).ToList()))
                .ToList(),
            _ => Enum.GetValues<AssessmentStatus>()
                .Select(s => new AssessmentGroup(Labels.Of(s), $"status-{Labels.Token(s)}", all.Where(a => a.Status == s).OrderByDescending(a => a.LastChanged).ToList()))
                .ToList(),
        };
        var current = Sorts.Single(s => s.Sort == sort);
        return Page("AssessmentIndex.cshtml", null, new AssessmentIndexModel
        {
            Site = content.Site, Now = options.Now, Section = "/assessments/",
            Title = sort == AssessmentSort.Kind ? "評価書一覧" : $"評価書一覧（{current.Label}）",
            Path = current.Path,
            Breadcrumbs = sort == AssessmentSort.Kind ? [Home] : [Home, AssessmentList],
            SortOptions = Sorts.Select(s => new SortOption(s.Label, s.Path, s.Sort == sort)).ToList(),
            Groups = groups.Where(g => g.Assessments.Count > 0).ToList(),
            Total = all.Count,
        });
    }

    private PageToRender AssessmentPage(SiteGraph graph, Assessment a)
    {
        var schedule = graph.ScheduleOf(a);
        var period = graph.PeriodOf(a);
        return Page("Assessment.cshtml", a, new AssessmentPageModel
        {
            Site = graph.Content.Site, Now = options.Now, Title = a.Title, Path = a.Url, Section = "/assessments/",
            Description = $"{a.Organization} {a.Affairs}の{Labels.Of(a.Kind)}（{Labels.Of(a.Status)}）",
            Breadcrumbs = [Home, AssessmentList],
            Assessment = a,
            BodyHtml = graph.RenderedOf(a).Body.Html,
            Schedule = schedule,
            Steps = schedule is null ? [] : Steps(graph, schedule),
            CommentPeriod = period is null ? null : Summarize(graph, period),
            Meetings = graph.MeetingsOf(a),
            LinkedFrom = Links(graph.LinkedFrom(a)),
            Revisions = graph.History.Of(a.Id).Select(r => RevisionLink(a, r)).ToList(),
        });
    }

    /// <summary>A page per committed version, showing what changed from the version before, section by section.</summary>
    private IEnumerable<PageToRender> RevisionPages(SiteGraph graph, Assessment a)
    {
        var revisions = graph.History.Of(a.Id);
        for (var i = 0; i < revisions.Count; i++)
        {
            var revision = revisions[i];
            var previous = i + 1 < revisions.Count ? revisions[i + 1] : null;
            var link = RevisionLink(a, revision);
            yield return Page("Revision.cshtml", a, new RevisionPageModel
            {
                Site = graph.Content.Site, Now = options.Now, Section = "/assessments/",
                Title = $"{a.Title}の改訂（{JapaneseDate.Format(link.Date)}・{revision.ShortHash[..7]}）",
                Path = link.Path,
                Breadcrumbs = [Home, AssessmentList, new Breadcrumb(a.Title, a.Url)],
                Assessment = a,
                Revision = link,
                Previous = previous is null ? null : RevisionLink(a, previous),
                Sections = SectionDiff.Between(previous is null ? [] : PublicText.Of(previous.Text), PublicText.Of(revision.Text)),
            });
        }
    }

    private static IReadOnlyList<Breadcrumb> Feeds(PageToRender page)
    {
        var site = new Breadcrumb("更新情報（サイト全体）", CollectFollowFiles.SiteFeed);
        return page.Source is Assessment a ? [site, new Breadcrumb($"{a.Title} の更新情報", CollectFollowFiles.FeedOf(a))] : [site];
    }

    private static RevisionLink RevisionLink(Assessment a, Revision revision) =>
        new(TokyoTime.DateOf(revision.Date), revision.Subject, PublicText.VersionOf(revision.Text), $"{a.Url}revisions/{revision.ShortHash}/");

    /// <summary>Null when the schedule names no existing assessment (already reported).</summary>
    private PageToRender? SchedulePage(SiteGraph graph, Schedule s)
    {
        if (graph.AssessmentById(s.AssessmentId) is not { } assessment)
        {
            return null;
        }
        return Page("Schedule.cshtml", s, new SchedulePageModel
        {
            Site = graph.Content.Site, Now = options.Now, Title = s.Title, Path = s.Url, Section = "/assessments/",
            Breadcrumbs = [Home, AssessmentList, new Breadcrumb(assessment.Title, assessment.Url)],
            Schedule = s, Assessment = assessment, Steps = Steps(graph, s),
        });
    }

    private PageToRender PeriodIndex(SiteGraph graph, SiteContent listed)
    {
        var periods = listed.CommentPeriods.Select(p => Summarize(graph, p)).OfType<PeriodSummary>().ToList();
        return Page("CommentPeriodIndex.cshtml", null, new CommentPeriodIndexModel
        {
            Site = graph.Content.Site, Now = options.Now, Title = "意見募集（市民意見聴取）", Path = "/comment-periods/",
            Section = "/comment-periods/", Breadcrumbs = [Home],
            Open = periods.Where(p => p.State == CommentPeriodState.Open).OrderBy(p => p.Period.Closes).ToList(),
            Upcoming = periods.Where(p => p.State == CommentPeriodState.Upcoming).OrderBy(p => p.Period.Opens).ToList(),
            Past = periods.Where(p => p.State is CommentPeriodState.Closed or CommentPeriodState.ResultPublished)
                .OrderByDescending(p => p.Period.Closes).ToList(),
        });
    }

    /// <summary>Null when the period names no existing assessment (already reported).</summary>
    private PageToRender? PeriodPage(SiteGraph graph, CommentPeriod p)
    {
        if (Summarize(graph, p) is not { } summary)
        {
            return null;
        }
        var rendered = graph.RenderedOf(p);
        var endpoint = graph.Content.Site.CommentEndpoint;
        return Page("CommentPeriod.cshtml", p, new CommentPeriodPageModel
        {
            Site = graph.Content.Site, Now = options.Now, Title = p.Title, Path = p.Url, Section = "/comment-periods/",
            Description = $"{summary.Assessment.Title}への意見募集（{JapaneseDate.FormatRange(p.Opens, p.Closes)}）",
            Breadcrumbs = [Home, PeriodList],
            Summary = summary,
            BodyHtml = rendered.Body.Html,
            HowToSubmitHtml = rendered.FieldHtml("how_to_submit"),
            ResultSummaryHtml = rendered.FieldHtml("result.summary"),
            Schedule = graph.ScheduleOf(summary.Assessment),
            Sections = graph.RenderedOf(summary.Assessment).Body.Sections,
            FormAction = endpoint.Length == 0 ? null : $"{endpoint}/periods/{Uri.EscapeDataString(p.Id)}/comments",
            PrivacyPage = graph.Content.Pages.FirstOrDefault(page => page.Id == "privacy"),
        });
    }

    /// <summary>
    /// A page for every tag any published assessment carries (an expired assessment still links to its tags);
    /// the lists on them, and the tag index, show only assessments that are still listed.
    /// </summary>
    private IEnumerable<PageToRender> TagPages(SiteGraph graph, SiteContent listed)
    {
        var stillListed = listed.Assessments.ToHashSet();
        var tags = SiteGraph.Tags(graph.Content.Assessments)
            .Select(t => (t.Tag, Assessments: (IReadOnlyList<Assessment>)t.Assessments.Where(stillListed.Contains).ToList()))
            .ToList();
        yield return Page("TagIndex.cshtml", null, new TagIndexModel
        {
            Site = graph.Content.Site, Now = options.Now, Title = "タグ一覧", Path = "/tags/", Section = "/assessments/",
            Breadcrumbs = [Home, AssessmentList],
            Tags = tags.Where(t => t.Assessments.Count > 0).Select(t => (t.Tag, SitePaths.Tag(t.Tag), t.Assessments.Count)).ToList(),
        });
        foreach (var (tag, assessments) in tags)
        {
            yield return Page("Tag.cshtml", null, new TagPageModel
            {
                Site = graph.Content.Site, Now = options.Now, Title = $"タグ「{tag}」の評価書", Path = SitePaths.Tag(tag),
                Section = "/assessments/", Breadcrumbs = [Home, AssessmentList, TagList], Tag = tag, Assessments = assessments,
            });
        }
    }

    private IReadOnlyList<StepView> Steps(SiteGraph graph, Schedule schedule) =>
        schedule.Steps.Select((step, i) => new StepView(i + 1, step, step.StateOn(Today),
            graph.StepTarget(step) is { } target ? Link(target) : null)).ToList();

    private PeriodSummary? Summarize(SiteGraph graph, CommentPeriod p) =>
        graph.AssessmentById(p.AssessmentId) is { } assessment
            ? new PeriodSummary(p, assessment, p.StateAt(options.Now), p.Closes.DayNumber - Today.DayNumber)
            : null;

    private static IReadOnlyList<DocumentLink> Links(IEnumerable<ContentDocument> documents) => documents.Select(Link).ToList();

    private static DocumentLink Link(ContentDocument d) =>
        new(d.Title, d.Url, Labels.Of(d.Collection), SiteGraph.DateOf(d) is var date && date != DateOnly.MinValue ? date : null);

    private static PageToRender Page(string template, ContentDocument? source, PageModel model) => new(template, model, source);

    private DateOnly Today => TokyoTime.DateOf(options.Now);

    /// <summary>A document whose URL is one the site itself uses (e.g. an assessment named <c>by-status</c>) is reported and left out.</summary>
    private List<PageToRender> WithoutClashes(List<PageToRender> pages)
    {
        var kept = new List<PageToRender>();
        foreach (var clash in pages.GroupBy(p => p.OutputPath, StringComparer.Ordinal))
        {
            var generated = clash.FirstOrDefault(p => p.Source is null) ?? clash.First();
            kept.Add(generated);
            foreach (var page in clash.Where(p => p != generated && p.Source is not null))
            {
                diagnostics.Error(page.Source!.Source.DisplayPath, 1,
                    $"このページの URL「{page.Model.Path}」は、サイトが使う別のページと重なります。ファイル名（ID）を変えてください。");
            }
        }
        return kept;
    }
}
