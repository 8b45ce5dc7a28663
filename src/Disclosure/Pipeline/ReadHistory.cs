using Disclosure.Content;
using Disclosure.History;
using Disclosure.Markdown;
using Disclosure.Reading;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 7: reads each published assessment's committed versions from git, with the change record each version
/// held. Input: the published content. Output: the <see cref="RevisionHistory"/>; without a repository, one without
/// versions and a note saying so.
/// </summary>
/// <param name="words">The redaction placeholders, in the site's language, that earlier versions' change records show.</param>
public sealed class ReadHistory(BuildOptions options, MarkdownWords words) : IPhase<SiteContent, RevisionHistory>
{
    public RevisionHistory Execute(SiteContent published)
    {
        var git = GitHistory.Read(options.ContentDirectory);
        if (git is null)
        {
            return RevisionHistory.Unavailable($"{options.ContentDirectory} は git リポジトリの中にないため、改訂履歴なしでビルドしました。");
        }
        var revisions = git.RevisionsOf(published.Assessments.Select(a => a.Source.FullPath));
        return new RevisionHistory(published.Assessments.ToDictionary(a => a.Id, a => WithChanges(a, revisions[a.Source.FullPath]), StringComparer.Ordinal), null);
    }

    private IReadOnlyList<Revision> WithChanges(Assessment a, IReadOnlyList<Revision> versions) =>
        versions.Select(r => r with { Changes = ChangeRecordReader.ReadVersion(a.Source, r.Text, words) }).ToList();
}
