using Disclosure.Content;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="PlanAssessmentLists"/>, with the last lists planned and what they were planned from.
/// The lists show each assessment by its header alone (<see cref="PageInputs.Fields"/>), so while the site-wide inputs
/// and every assessment's address and header are the same — an edit of a body — the same pages are given back, and
/// ten thousand rows are neither sorted nor compared again.
/// </summary>
public sealed class PlannedLists
{
    private Planned? _last;

    public IPhase<AssessmentsToList, IReadOnlyList<PageToRender>> Around(IPhase<AssessmentsToList, IReadOnlyList<PageToRender>> plan, SiteWideInputs siteWide) =>
        Phase.From<AssessmentsToList, IReadOnlyList<PageToRender>>(input =>
        {
            if (_last is { } last && siteWide.SameAs(last.SiteWide)
                && EditedDocuments.Pairs(last.Input.All, input.All, SameHeader) && EditedDocuments.Pairs(last.Input.Listed, input.Listed, SameHeader))
            {
                return last.Pages;
            }
            var pages = plan.Execute(input);
            _last = new Planned(siteWide, input, pages);
            return pages;
        });

    private static bool SameHeader(ContentDocument before, ContentDocument now) => before.Core.Header == now.Core.Header;

    private sealed record Planned(SiteWideInputs SiteWide, AssessmentsToList Input, IReadOnlyList<PageToRender> Pages);
}
