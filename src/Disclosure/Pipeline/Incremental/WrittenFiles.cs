using System.Collections.Concurrent;
using System.Text;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="WriteFiles"/>: what the preview last wrote to its output folder, so a later build
/// writes only the files whose content changed (each replaced in one step: written beside it, then renamed over it)
/// and deletes the files no longer built. The first build, or any build after the folder went missing, writes the
/// whole site through <see cref="WriteFiles"/>.
/// </summary>
public sealed class WrittenFiles
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ConcurrentDictionary<string, object> _contents = new(StringComparer.Ordinal);
    private string? _outputDirectory;

    public IPhase<IReadOnlyList<OutputFile>, FilesWritten> Around(IPhase<IReadOnlyList<OutputFile>, FilesWritten> write, string outputDirectory) =>
        Phase.From<IReadOnlyList<OutputFile>, FilesWritten>(files =>
        {
            if (!Holds(outputDirectory))
            {
                return WriteAll(write, outputDirectory, files);
            }
            RemoveAllBut(outputDirectory, files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
            var written = WriteChanged(outputDirectory, files);
            return new FilesWritten(written, files.Count - written);
        });

    /// <summary>Whether the output folder holds what this object last wrote there.</summary>
    private bool Holds(string outputDirectory) =>
        _outputDirectory == Path.GetFullPath(outputDirectory) && Directory.Exists(outputDirectory);

    /// <summary>Writes the whole site into a fresh folder and swaps it in.</summary>
    private FilesWritten WriteAll(IPhase<IReadOnlyList<OutputFile>, FilesWritten> write, string outputDirectory, IReadOnlyList<OutputFile> files)
    {
        var written = write.Execute(files);
        _contents.Clear();
        foreach (var file in files)
        {
            _contents[file.Path] = ContentOf(file);
        }
        _outputDirectory = Path.GetFullPath(outputDirectory);
        return written;
    }

    /// <summary>Writes the files whose content differs from what was written before; returns how many were written.</summary>
    private int WriteChanged(string outputDirectory, IEnumerable<OutputFile> files)
    {
        var written = 0;
        Parallel.ForEach(files, file =>
        {
            var content = ContentOf(file);
            if (_contents.TryGetValue(file.Path, out var previous) && Same(previous, content))
            {
                return;
            }
            var target = Path.Combine(outputDirectory, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
            if (file.CopyFrom is { } source)
            {
                File.Copy(source, temporary);
            }
            else
            {
                File.WriteAllBytes(temporary, content as byte[] ?? Utf8.GetBytes((string)content));
            }
            File.Move(temporary, target, overwrite: true);
            _contents[file.Path] = content;
            Interlocked.Increment(ref written);
        });
        return written;
    }

    /// <summary>Deletes every file written before that this build does not make.</summary>
    private void RemoveAllBut(string outputDirectory, IReadOnlySet<string> paths)
    {
        var root = Path.GetFullPath(outputDirectory);
        foreach (var gone in _contents.Keys.Where(p => !paths.Contains(p)).ToList())
        {
            var file = Path.Combine(root, gone);
            File.Delete(file);
            _contents.TryRemove(gone, out _);
            // A removed document leaves no empty folder behind, where its address would still look like a page.
            for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length > root.Length
                 && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
            {
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>Text, bytes, or for a copied file its source's path, size and time.</summary>
    private static object ContentOf(OutputFile file)
    {
        if (file.Identity is { } content)
        {
            return content;
        }
        var source = new FileInfo(file.CopyFrom!);
        return $"{source.FullName}\u001f{source.Length}\u001f{source.LastWriteTimeUtc.Ticks}";
    }

    private static bool Same(object previous, object content) => ReferenceEquals(previous, content) || (previous, content) switch
    {
        (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        _ => false,
    };
}
