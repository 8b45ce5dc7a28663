using Disclosure.Content;
using Disclosure.History;

namespace Disclosure.Rendering;

/// <summary>
/// What a version is listed as in the 改訂履歴, on its revision page and in the feeds: the items of the change
/// entries it added; 「記載の修正」 when it added none (its diff shows what changed); 「最初の版」 for the first
/// version. The commit message only when site.yml sets <c>history: {commit_messages: true}</c>: otherwise nothing
/// of it is published, since staff write it for one another.
/// </summary>
public static class RevisionSummary
{
    public static string Of(Revision revision, Revision? previous, SiteConfig site, UiStrings strings)
    {
        if (site.PublishCommitMessages)
        {
            return revision.Subject;
        }
        var added = revision.ChangesAddedSince(previous);
        if (added.Count > 0)
        {
            return string.Join(strings["punct.comma"], added.Select(entry => entry.Item).Distinct());
        }
        return previous is null ? strings["revision.first_version"] : strings["revision.wording"];
    }
}
