namespace Disclosure.Content;

/// <summary>Every document of a site, as read from the content folder.</summary>
public sealed record SiteContent(
    SiteConfig Site,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<Schedule> Schedules,
    IReadOnlyList<CommentPeriod> CommentPeriods,
    IReadOnlyList<Meeting> Meetings,
    IReadOnlyList<NewsItem> News,
    IReadOnlyList<FreePage> Pages)
{
    public IEnumerable<ContentDocument> All =>
        Assessments.Cast<ContentDocument>().Concat(Schedules).Concat(CommentPeriods).Concat(Meetings).Concat(News).Concat(Pages);
}
