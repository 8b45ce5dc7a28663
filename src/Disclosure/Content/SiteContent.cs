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
    /// <summary>The last accessibility test run's results, from <c>content/reports/accessibility.json</c>, if present.</summary>
    public Accessibility.AccessibilityReport? AccessibilityReport { get; init; }

    /// <summary>The documents whose files are there but could not be read (the build reports why, and fails).</summary>
    public IReadOnlyList<UnreadableDocument> Unreadable { get; init; } = [];

    public IEnumerable<ContentDocument> All =>
        Assessments.Cast<ContentDocument>().Concat(Schedules).Concat(CommentPeriods).Concat(Meetings).Concat(News).Concat(Pages);
}
