using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Disclosure.Diagnostics;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="CheckFile"/>: what the redaction leak check found in each file's content in earlier
/// builds. Content that has not changed (the same text or bytes; for a copied attachment, the same file, size and
/// time) is not searched again while the non-public passages stay the same — a large PDF is read once per preview
/// session, not once per save. And in front of <see cref="FindWithheld"/>: each rendered document's passages as
/// found before.
/// </summary>
public sealed class CheckedFiles
{
    private readonly ConditionalWeakTable<object, Entry> _byContent = new();
    private readonly ConcurrentDictionary<string, Entry> _byCopiedFile = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<RenderedDocument, WithheldInDocument> _withheld = new();
    private Passages? _passages;

    /// <summary>
    /// A document's non-public passages depend on its rendering alone: an unchanged document's rendering is the same
    /// object as in the last build (<see cref="RenderedDocuments"/>), and ten thousand of them need not be gone
    /// through again.
    /// </summary>
    public IPhase<RenderedDocument, WithheldInDocument> AroundFinding(IPhase<RenderedDocument, WithheldInDocument> find) =>
        Phase.From<RenderedDocument, WithheldInDocument>(document => _withheld.GetValue(document, find.Execute));

    public IPhase<FileToCheck, IReadOnlyList<Diagnostic>> AroundChecking(IPhase<FileToCheck, IReadOnlyList<Diagnostic>> check) =>
        Phase.From<FileToCheck, IReadOnlyList<Diagnostic>>(input => Execute(input, () => check.Execute(input)));

    private IReadOnlyList<Diagnostic> Execute(FileToCheck input, Func<IReadOnlyList<Diagnostic>> check)
    {
        var (file, withheld) = input;
        var passages = Earlier(withheld.Key);
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

    /// <summary>
    /// Passages the same as the last build's, as the last build's text, so that unchanged files' entries are found by
    /// reference: each build makes a text of its own, and comparing it in full with the entry of every unchanged file
    /// (tens of thousands of pages) would cost much of what the reuse saves.
    /// </summary>
    private string Earlier(string passages)
    {
        var last = Volatile.Read(ref _passages);
        if (last is not null && ReferenceEquals(last.Given, passages))
        {
            return last.Earlier;
        }
        var earlier = last is not null && last.Earlier == passages ? last.Earlier : passages;
        Volatile.Write(ref _passages, new Passages(passages, earlier));
        return earlier;
    }

    private sealed record Entry(string Passages, IReadOnlyList<Diagnostic> Findings);

    /// <summary>The passages a build gave (<see cref="WithheldPassages.Key"/>), and the earlier text equal to them.</summary>
    private sealed record Passages(string Given, string Earlier);
}
