namespace Disclosure.Tests.Pipeline;

/// <summary>The kinds of edit staff make to published content between two saves.</summary>
public enum StaffEditKind
{
    Title,
    Paragraph,
    Heading,
    LinkToAnotherDocument,
    DateMovedByDays,
    ListedOrExpired,
    NewsAdded,
    NewsRemoved,
    ChangeRecorded,
}
