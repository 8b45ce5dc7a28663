using Disclosure.Content;
using Disclosure.Rendering;
using Disclosure.Rendering.Models;
using Disclosure.Routing;

namespace Disclosure.Pipeline;

/// <summary>
/// Part of <see cref="PlanPages"/>: the list of assessments in each order and the tag pages, paginated. Input
/// <see cref="AssessmentsToList"/>, output those pages. They show each assessment by its header alone (title, kind,
/// status, dates, department, tags), which is what lets the incremental layer keep them while only bodies change.
/// </summary>
public sealed class PlanAssessmentLists(UiStrings strings) : IPhase<AssessmentsToList, IReadOnlyList<PageToRender>>
{
    private Breadcrumb Home => new(strings["nav.home"], SiteRoutes.Home);
    private Breadcrumb AssessmentList => new(strings["page.assessments"], SiteRoutes.Assessments);
    private Breadcrumb TagList => new(strings["page.tags"], SiteRoutes.Tags);

    private (AssessmentSort Sort, string Label, string Path)[] Sorts =>
    [
        (AssessmentSort.Kind, strings["sort.kind"], SiteRoutes.Assessments),
        (AssessmentSort.Updated, strings["sort.updated"], SiteRoutes.AssessmentsByUpdated),
        (AssessmentSort.Department, strings["sort.department"], SiteRoutes.AssessmentsByDepartment),
        (AssessmentSort.Status, strings["sort.status"], SiteRoutes.AssessmentsByStatus),
    ];

    /// <remarks>
    /// The orders, and the tags, on every core: after a title changes, the preview waits for these. The tags take
    /// longest, so they start first.
    /// </remarks>
    public IReadOnlyList<PageToRender> Execute(AssessmentsToList input)
    {
        var tags = Task.Run(() => TagPages(input.Context, input.All, input.Listed));
        var orders = OnEveryCore.Map(Sorts, s => AssessmentIndex(input.Context, input.Listed, s.Sort).ToList());
        return [.. orders.SelectMany(pages => pages), .. tags.Result];
    }

    /// <summary>The assessments in one order, grouped, over as many pages as <see cref="Pagination.PageSize"/> needs.</summary>
    private IEnumerable<PageToRender> AssessmentIndex(SiteContext context, IReadOnlyList<Assessment> all, AssessmentSort sort)
    {
        IReadOnlyList<AssessmentGroup> groups = sort switch
        {
            AssessmentSort.Kind => Enum.GetValues<AssessmentKind>().Reverse()
                .Select(k => new AssessmentGroup(strings.Of(k), $"kind-{Labels.Token(k)}", all.Where(a => a.Kind == k).OrderBy(a => a.Title, StringComparer.Ordinal).ToList()))
                .ToList(),
            AssessmentSort.Updated =>
                [new AssessmentGroup(strings["sort.updated"], "updated", all.OrderByDescending(a => a.LastChanged).ThenBy(a => a.Title, StringComparer.Ordinal).ToList())],
            AssessmentSort.Department => all.GroupBy(a => a.Department).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select((g, i) => new AssessmentGroup(g.Key, $"department-{i + 1}", g.OrderBy(a => a.Title, StringComparer.Ordinal).ToList()))
                .ToList(),
            _ => Enum.GetValues<AssessmentStatus>()
                .Select(s => new AssessmentGroup(strings.Of(s), $"status-{Labels.Token(s)}", all.Where(a => a.Status == s).OrderByDescending(a => a.LastChanged).ToList()))
                .ToList(),
        };
        var sorts = Sorts;
        var current = sorts.Single(s => s.Sort == sort);
        var title = sort == AssessmentSort.Kind ? strings["page.assessments"] : strings.Format("page.assessments.sorted", current.Label);
        var rows = groups.SelectMany(g => g.Assessments.Select(a => (Group: g, Assessment: a))).ToList();
        foreach (var (pagination, onPage) in Pagination.Split(rows, current.Path))
        {
            var first = pagination.Current == 1;
            IReadOnlyList<Breadcrumb> above = sort == AssessmentSort.Kind ? [Home] : [Home, AssessmentList];
            var groupsOnPage = onPage.GroupBy(r => r.Group, ReferenceEqualityComparer.Instance)
                .Select(g => (Group: (AssessmentGroup)g.Key!, Rows: g.Select(r => r.Assessment).ToList()))
                .Select(g => g.Group with
                {
                    Heading = ReferenceEquals(g.Group.Assessments[0], g.Rows[0]) ? g.Group.Heading : strings.Format("list.continued", g.Group.Heading),
                    Assessments = g.Rows,
                })
                .ToList();
            yield return ListPage("AssessmentIndex.cshtml", new AssessmentIndexModel
            {
                Context = context, Section = SiteRoutes.Assessments,
                Title = first ? title : strings.Format("page.numbered", title, pagination.Current, pagination.Count),
                Path = pagination.Path,
                Breadcrumbs = first ? above : [.. above, new Breadcrumb(title, current.Path)],
                SortOptions = sorts.Select(s => new SortOption(s.Label, s.Path, s.Sort == sort)).ToList(),
                // A group that began on an earlier page says so, under the same anchor.
                Groups = groupsOnPage,
                Total = all.Count,
                Pagination = pagination,
            }, new PageInputs().Values(pagination, all.Count)
                .Values(groupsOnPage.SelectMany(g => new object[] { g.Heading, g.Id, g.Assessments.Count }))
                .Fields(onPage.Select(r => r.Assessment)));
        }
    }

    private List<PageToRender> TagPages(SiteContext context, IReadOnlyList<Assessment> all, IReadOnlyList<Assessment> listed)
    {
        // By reference: documents are records, and hashing one hashes its whole text.
        var stillListed = listed.ToHashSet(ReferenceEqualityComparer.Instance);
        var tags = SiteGraph.Tags(all)
            .Select(t => (t.Tag, Assessments: (IReadOnlyList<Assessment>)t.Assessments.Where(stillListed.Contains).ToList()))
            .ToList();
        var tagList = tags.Where(t => t.Assessments.Count > 0).Select(t => (t.Tag, SiteRoutes.Tag(t.Tag), t.Assessments.Count)).ToList();
        var index = ListPage("TagIndex.cshtml", new TagIndexModel
        {
            Context = context, Title = strings["page.tags"], Path = SiteRoutes.Tags, Section = SiteRoutes.Assessments,
            Breadcrumbs = [Home, AssessmentList],
            Tags = tagList,
        }, new PageInputs().Values(tagList.Cast<object?>()));
        return [index, .. OnEveryCore.MapMany(tags, t => TagPages(context, t.Tag, t.Assessments))];
    }

    private IEnumerable<PageToRender> TagPages(SiteContext context, string tag, IReadOnlyList<Assessment> assessments)
    {
        var title = strings.Format("page.tag", tag);
        foreach (var (pagination, onPage) in Pagination.Split(assessments, SiteRoutes.Tag(tag)))
        {
            var first = pagination.Current == 1;
            yield return ListPage("Tag.cshtml", new TagPageModel
            {
                Context = context,
                Title = first ? title : strings.Format("page.numbered", title, pagination.Current, pagination.Count),
                Path = pagination.Path, Section = SiteRoutes.Assessments,
                Breadcrumbs = first ? [Home, AssessmentList, TagList] : [Home, AssessmentList, TagList, new Breadcrumb(title, SiteRoutes.Tag(tag))],
                Tag = tag, Assessments = onPage, Total = assessments.Count, Pagination = pagination,
            }, new PageInputs().Values(tag, pagination, assessments.Count).Fields(onPage));
        }
    }

    private static PageToRender ListPage(string template, PageModel model, PageInputs inputs) => new(template, model, null, inputs);
}
