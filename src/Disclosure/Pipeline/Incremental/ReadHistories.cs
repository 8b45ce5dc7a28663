namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// The revision history of the previous build, reused while the checked-out commit and the published assessments
/// are the same: reading every version of ten thousand files from git takes seconds, asking for the commit does not.
/// </summary>
public sealed class ReadHistories
{
    private (string Key, RevisionHistory History)? _last;

    public RevisionHistory GetOrRead(string? head, IEnumerable<string> assessmentFiles, Func<RevisionHistory> read)
    {
        var key = $"{head}\u001e{string.Join('\u001f', assessmentFiles)}";
        if (_last is { } last && last.Key == key)
        {
            return last.History;
        }
        var history = read();
        _last = (key, history);
        return history;
    }
}
