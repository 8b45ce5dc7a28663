using System.Collections.Concurrent;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="ParseFile"/>: a file whose size, modification time and context — and, for an
/// assessment with attachments, every file in its folder — have not changed since an earlier build is neither read
/// nor parsed again, and its problems are reported again as they were.
/// </summary>
public sealed class ParsedFiles
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <param name="edited">
    /// What a file watcher saw change since the last build, if it knows: a file it did not see change, with a parse
    /// from before, is taken as it was without asking the file system (one <c>stat</c> per file is most of a preview
    /// rebuild's reading).
    /// </param>
    public IPhase<FileToParse, FileParsed> Around(IPhase<FileToParse, FileParsed> parse, EditedPaths? edited) =>
        Phase.From<FileToParse, FileParsed>(input => Execute(input, parse, edited));

    private FileParsed Execute(FileToParse input, IPhase<FileToParse, FileParsed> parse, EditedPaths? edited)
    {
        if (edited is not null && _entries.TryGetValue(input.FullPath, out var unseen) && Equals(unseen.Context, input.Context)
            && !edited.MayHaveChanged(unseen.Where.File, unseen.Where.Folder))
        {
            return unseen.Parsed;
        }
        // The stamp is taken before reading: a save during the read leaves a stale stamp, so the next build reads again.
        var stamp = Stamp(input);
        if (stamp is not null && _entries.TryGetValue(input.FullPath, out var entry) && entry.Stamp == stamp && Equals(entry.Context, input.Context))
        {
            return entry.Parsed;
        }
        var parsed = parse.Execute(input);
        if (stamp is not null)
        {
            _entries[input.FullPath] = new Entry(stamp, input.Context, parsed, (Path.GetFullPath(input.FullPath), input.Folder is { } folder ? Path.GetFullPath(folder) : null));
        }
        return parsed;
    }

    /// <summary>The file's size and time, and those of every file in its folder where it has one; null when it is gone.</summary>
    private static string? Stamp(FileToParse input)
    {
        var file = new FileInfo(input.FullPath);
        if (!file.Exists)
        {
            return null;
        }
        var own = $"{file.Length}\u001f{file.LastWriteTimeUtc.Ticks}";
        if (input.Folder is not { } folder)
        {
            return own;
        }
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos()
            .Select(e => $"{e.FullName}\u001f{(e as FileInfo)?.Length}\u001f{e.LastWriteTimeUtc.Ticks}\u001f{e.LinkTarget}")
            .Order(StringComparer.Ordinal);
        return string.Join('\u001e', entries.Prepend(own));
    }

    /// <param name="Where">The file and its folder as full paths, as a watcher reports them: worked out once, not every build.</param>
    private sealed record Entry(string Stamp, object? Context, FileParsed Parsed, (string File, string? Folder) Where);
}
