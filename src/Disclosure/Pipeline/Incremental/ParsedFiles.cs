using System.Collections.Concurrent;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="ParseFile"/>: a file whose size, modification time and context have not changed
/// since an earlier build is neither read nor parsed again, and its problems are reported again as they were.
/// </summary>
public sealed class ParsedFiles
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public IPhase<FileToParse, FileParsed> Around(IPhase<FileToParse, FileParsed> parse) => Phase.From<FileToParse, FileParsed>(input => Execute(input, parse));

    private FileParsed Execute(FileToParse input, IPhase<FileToParse, FileParsed> parse)
    {
        if (!input.Reusable)
        {
            return parse.Execute(input);
        }
        var file = new FileInfo(input.FullPath);
        if (file.Exists && _entries.TryGetValue(input.FullPath, out var entry)
            && entry.Length == file.Length && entry.Modified == file.LastWriteTimeUtc && Equals(entry.Context, input.Context))
        {
            return entry.Parsed;
        }
        // The time is taken before reading: a save during the read leaves a stale stamp, so the next build reads again.
        var parsed = parse.Execute(input);
        _entries[input.FullPath] = new Entry(file.Exists ? file.Length : -1, file.Exists ? file.LastWriteTimeUtc : default, input.Context, parsed);
        return parsed;
    }

    private sealed record Entry(long Length, DateTime Modified, object? Context, FileParsed Parsed);
}
