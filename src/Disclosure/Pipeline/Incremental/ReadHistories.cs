using Disclosure.Content;
using Disclosure.History;
using Disclosure.Markdown;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="ReadHistory"/>: the previous build's history is reused while the checked-out commit,
/// the published assessments and the redaction placeholders (which earlier versions' change records show) are the
/// same — reading every version of ten thousand files from git takes seconds, asking for the commit does not.
/// </summary>
public sealed class ReadHistories
{
    private (string Key, MarkdownWords Words, RevisionHistory History)? _last;

    public IPhase<SiteContent, RevisionHistory> Around(IPhase<SiteContent, RevisionHistory> read, BuildOptions options, MarkdownWords words) =>
        Phase.From<SiteContent, RevisionHistory>(published => Execute(published, read, options, words));

    private RevisionHistory Execute(SiteContent published, IPhase<SiteContent, RevisionHistory> read, BuildOptions options, MarkdownWords words)
    {
        var key = $"{GitHistory.Head(options.ContentDirectory)}\u001e{string.Join('\u001f', published.Assessments.Select(a => a.Source.FullPath))}";
        if (_last is { } last && last.Key == key && last.Words == words)
        {
            return last.History;
        }
        var history = read.Execute(published);
        _last = (key, words, history);
        return history;
    }
}
