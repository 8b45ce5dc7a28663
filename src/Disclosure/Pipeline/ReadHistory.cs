using Disclosure.Content;
using Disclosure.History;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 7: reads each published assessment's committed versions from git. Input: the published content. Output:
/// the <see cref="RevisionHistory"/>; without a repository, one without versions and a note saying so.
/// </summary>
public sealed class ReadHistory(BuildOptions options) : IPhase<SiteContent, RevisionHistory>
{
    public RevisionHistory Execute(SiteContent published)
    {
        var git = GitHistory.Read(options.ContentDirectory);
        if (git is null)
        {
            return RevisionHistory.Unavailable($"{options.ContentDirectory} は git リポジトリの中にないため、改訂履歴なしでビルドしました。");
        }
        var revisions = git.RevisionsOf(published.Assessments.Select(a => a.Source.FullPath));
        return new RevisionHistory(
            published.Assessments.ToDictionary(a => a.Id, a => revisions[a.Source.FullPath], StringComparer.Ordinal), null);
    }
}
