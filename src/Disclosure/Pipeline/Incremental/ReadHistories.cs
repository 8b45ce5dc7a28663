using Disclosure.Content;
using Disclosure.History;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="ReadHistory"/>: the previous build's history is reused while the checked-out commit
/// and the published assessments are the same — reading every version of ten thousand files from git takes
/// seconds, asking for the commit does not.
/// </summary>
public sealed class ReadHistories
{
    private (string Key, RevisionHistory History)? _last;

    public IPhase<SiteContent, RevisionHistory> Around(IPhase<SiteContent, RevisionHistory> read, BuildOptions options) =>
        Phase.From<SiteContent, RevisionHistory>(published => Execute(published, read, options));

    private RevisionHistory Execute(SiteContent published, IPhase<SiteContent, RevisionHistory> read, BuildOptions options)
    {
        var key = $"{GitHistory.Head(options.ContentDirectory)}\u001e{string.Join('\u001f', published.Assessments.Select(a => a.Source.FullPath))}";
        if (_last is { } last && last.Key == key)
        {
            return last.History;
        }
        var history = read.Execute(published);
        _last = (key, history);
        return history;
    }
}
