using Disclosure.Content;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Pairs the documents of two builds, kind by kind and in order: the documents read again (not the very same object)
/// with their new readings, for a memo that keeps its result while what it reads of each document is unchanged.
/// </summary>
public static class EditedDocuments
{
    /// <param name="readAlike">Whether the phase behind the memo reads the two readings of a document alike.</param>
    /// <returns>Each document read again, with its new reading; null when a document came, went or is read otherwise.</returns>
    public static Dictionary<ContentDocument, ContentDocument>? Between(SiteContent before, SiteContent now, Func<ContentDocument, ContentDocument, bool> readAlike)
    {
        var edited = new Dictionary<ContentDocument, ContentDocument>(ReferenceEqualityComparer.Instance);
        return Pairs(before.Assessments, now.Assessments, readAlike, edited) && Pairs(before.Schedules, now.Schedules, readAlike, edited)
            && Pairs(before.CommentPeriods, now.CommentPeriods, readAlike, edited) && Pairs(before.Meetings, now.Meetings, readAlike, edited)
            && Pairs(before.News, now.News, readAlike, edited) && Pairs(before.Pages, now.Pages, readAlike, edited)
            ? edited
            : null;
    }

    /// <summary>
    /// Whether two builds' documents of one kind pair up in order, each the very same object or read again at the same
    /// address and read alike; each one read again is added to <paramref name="edited"/>, when given.
    /// </summary>
    public static bool Pairs<T>(IReadOnlyList<T> before, IReadOnlyList<T> now, Func<ContentDocument, ContentDocument, bool> readAlike,
        Dictionary<ContentDocument, ContentDocument>? edited = null) where T : ContentDocument
    {
        if (before.Count != now.Count)
        {
            return false;
        }
        for (var i = 0; i < now.Count; i++)
        {
            if (ReferenceEquals(before[i], now[i]))
            {
                continue;
            }
            if (before[i].Url != now[i].Url || !readAlike(before[i], now[i]))
            {
                return false;
            }
            edited?.Add(before[i], now[i]);
        }
        return true;
    }
}
