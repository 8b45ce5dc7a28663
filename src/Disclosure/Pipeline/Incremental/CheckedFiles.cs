using System.Runtime.CompilerServices;
using Disclosure.Diagnostics;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// What the redaction leak check found in each file's content in earlier builds: content that has not changed
/// (the same text or bytes) is not searched again while the non-public passages stay the same.
/// </summary>
public sealed class CheckedFiles
{
    private readonly ConditionalWeakTable<object, Entry> _byContent = new();

    /// <param name="passages">Every passage searched for, with where it is written: the findings depend on all of it.</param>
    public IReadOnlyList<Diagnostic> GetOrCheck(OutputFile file, string passages, Func<IReadOnlyList<Diagnostic>> check)
    {
        if (file.Identity is not { } content)
        {
            return check();
        }
        if (_byContent.TryGetValue(content, out var entry) && entry.Passages == passages)
        {
            return entry.Findings;
        }
        var findings = check();
        _byContent.AddOrUpdate(content, new Entry(passages, findings));
        return findings;
    }

    private sealed record Entry(string Passages, IReadOnlyList<Diagnostic> Findings);
}
