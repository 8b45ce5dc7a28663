using System.Runtime.InteropServices;
using System.Text;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 16: writes the whole site into a new folder beside the output, then swaps it into place, so the
/// output folder is always either the previous site or the complete new one — never half of each.
/// A file whose content is the same as in the previous output is hard-linked instead of written: it keeps its
/// modification time, so rsync and deploys see only what really changed. Input: every file of the site, already
/// checked. Output <see cref="FilesWritten"/>.
/// </summary>
public sealed class WriteFiles(string outputDirectory) : IPhase<IReadOnlyList<OutputFile>, FilesWritten>
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public FilesWritten Execute(IReadOnlyList<OutputFile> files)
    {
        var unchanged = 0;
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.building-{Guid.NewGuid():N}");
        try
        {
            // Each folder once, before the files: creating a file's folder with every file walks its parents again.
            foreach (var folder in files.Select(f => Path.GetDirectoryName(Path.Combine(staging, f.Path))!).Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }
            Parallel.ForEach(files, file =>
            {
                var target = Path.Combine(staging, file.Path);
                var content = file.Text is not null ? Utf8.GetBytes(file.Text) : file.Bytes;
                var previous = Path.Combine(output, file.Path);
                if (SameAsPrevious(previous, content, file.CopyFrom) && HardLink(previous, target))
                {
                    Interlocked.Increment(ref unchanged);
                }
                else if (content is not null)
                {
                    File.WriteAllBytes(target, content);
                }
                else
                {
                    File.Copy(file.CopyFrom!, target);
                }
            });
            Swap(staging, output, parent);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        return new FilesWritten(files.Count - unchanged, unchanged);
    }

    private static bool SameAsPrevious(string previous, byte[]? content, string? copyFrom)
    {
        var old = new FileInfo(previous);
        if (!old.Exists)
        {
            return false;
        }
        if (content is null)
        {
            var source = new FileInfo(copyFrom!);
            return source.Length == old.Length && File.ReadAllBytes(source.FullName).AsSpan().SequenceEqual(File.ReadAllBytes(previous));
        }
        return content.Length == old.Length && content.AsSpan().SequenceEqual(File.ReadAllBytes(previous));
    }

    private static bool HardLink(string existing, string newPath) => !OperatingSystem.IsWindows() && Link(existing, newPath) == 0;

    // Ansi strings are marshalled as UTF-8 on Unix, which is what link(2) takes.
    [DllImport("libc", EntryPoint = "link", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int Link(string existing, string newPath);

    private static void Swap(string staging, string output, string parent)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        var previous = Path.Combine(parent, $".{Path.GetFileName(output)}.previous-{Guid.NewGuid():N}");
        Directory.Move(output, previous);
        Directory.Move(staging, output);
        Directory.Delete(previous, recursive: true);
    }
}
