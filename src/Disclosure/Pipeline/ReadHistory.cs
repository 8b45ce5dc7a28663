using Disclosure.Content;
using Disclosure.History;

namespace Disclosure.Pipeline;

/// <summary>Reads each published assessment's committed versions from git. Without a repository, the site builds without history.</summary>
public sealed class ReadHistory(BuildOptions options)
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
