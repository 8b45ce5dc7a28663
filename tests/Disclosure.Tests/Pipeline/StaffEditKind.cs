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

    /// <summary>A full-width colon typed after a document's <c>title</c> (it can no longer be read), or mended.</summary>
    MistakeMadeOrMended,

    /// <summary>An entry added to an assessment's change record (<c>changes:</c>), or the record started.</summary>
    ChangeRecorded,
}
