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
        bool Pairs<T>(IReadOnlyList<T> was, IReadOnlyList<T> @is) where T : ContentDocument
        {
            if (was.Count != @is.Count)
            {
                return false;
            }
            for (var i = 0; i < @is.Count; i++)
            {
                if (ReferenceEquals(was[i], @is[i]))
                {
                    continue;
                }
                if (was[i].Url != @is[i].Url || !readAlike(was[i], @is[i]))
                {
                    return false;
                }
                edited[was[i]] = @is[i];
            }
            return true;
        }
        return Pairs(before.Assessments, now.Assessments) && Pairs(before.Schedules, now.Schedules) && Pairs(before.CommentPeriods, now.CommentPeriods)
            && Pairs(before.Meetings, now.Meetings) && Pairs(before.News, now.News) && Pairs(before.Pages, now.Pages)
            ? edited
            : null;
    }
}
