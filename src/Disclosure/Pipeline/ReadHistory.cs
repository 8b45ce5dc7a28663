using Disclosure.Content;
using Disclosure.History;
using Disclosure.Pipeline.Incremental;

namespace Disclosure.Pipeline;

/// <summary>Reads each published assessment's committed versions from git. Without a repository, the site builds without history.</summary>
/// <param name="earlier">The history of earlier builds in this process (the preview), reused while the commit is the same.</param>
public sealed class ReadHistory(BuildOptions options, ReadHistories? earlier = null)
{
    public RevisionHistory Execute(SiteContent published) =>
        earlier is null
            ? Read(published)
            : earlier.GetOrRead(GitHistory.Head(options.ContentDirectory), published.Assessments.Select(a => a.Source.FullPath), () => Read(published));

    private RevisionHistory Read(SiteContent published)
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
