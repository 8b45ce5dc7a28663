using System.Collections.Concurrent;
using Disclosure.Diagnostics;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// What each content file parsed to in earlier builds: a file whose size and modification time have not changed is
/// neither read nor parsed again, and its problems are reported again as they were.
/// </summary>
public sealed class ParsedFiles
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <param name="context">What else the parse depends on (the site's settings, the placeholder words); compared by value.</param>
    public T? GetOrParse<T>(string fullPath, object? context, DiagnosticBag diagnostics, Func<DiagnosticBag, T?> parse) where T : class
    {
        var file = new FileInfo(fullPath);
        if (file.Exists && _entries.TryGetValue(fullPath, out var entry)
            && entry.Length == file.Length && entry.Modified == file.LastWriteTimeUtc && Equals(entry.Context, context))
        {
            diagnostics.Add(entry.Diagnostics);
            return entry.Result as T;
        }
        // The time is taken before reading: a save during the read leaves a stale stamp, so the next build reads again.
        var own = new DiagnosticBag();
        var result = parse(own);
        diagnostics.Add(own.Items);
        _entries[fullPath] = new Entry(file.Exists ? file.Length : -1, file.Exists ? file.LastWriteTimeUtc : default, context, result, own.Items);
        return result;
    }

    private sealed record Entry(long Length, DateTime Modified, object? Context, object? Result, IReadOnlyList<Diagnostic> Diagnostics);
}
