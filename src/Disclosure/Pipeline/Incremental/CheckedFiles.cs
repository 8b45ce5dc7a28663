using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Disclosure.Diagnostics;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="CheckFile"/>: what the redaction leak check found in each file's content in earlier
/// builds. Content that has not changed (the same text or bytes; for a copied attachment, the same file, size and
/// time) is not searched again while the non-public passages stay the same — a large PDF is read once per preview
/// session, not once per save.
/// </summary>
public sealed class CheckedFiles
{
    private readonly ConditionalWeakTable<object, Entry> _byContent = new();
    private readonly ConcurrentDictionary<string, Entry> _byCopiedFile = new(StringComparer.Ordinal);

    public IPhase<FileToCheck, IReadOnlyList<Diagnostic>> Around(IPhase<FileToCheck, IReadOnlyList<Diagnostic>> check) =>
        Phase.From<FileToCheck, IReadOnlyList<Diagnostic>>(input => Execute(input, () => check.Execute(input)));

    private IReadOnlyList<Diagnostic> Execute(FileToCheck input, Func<IReadOnlyList<Diagnostic>> check)
    {
        var (file, withheld) = input;
        var passages = withheld.Key;
        if (file.CopyFrom is { } copied)
        {
            var info = new FileInfo(copied);
            var stamp = $"{info.FullName}\u001f{info.Length}\u001f{info.LastWriteTimeUtc.Ticks}";
            if (_byCopiedFile.TryGetValue(stamp, out var seen) && seen.Passages == passages)
            {
                return seen.Findings;
            }
            var found = check();
            _byCopiedFile[stamp] = new Entry(passages, found);
            return found;
        }
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
