using System.Text;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 8: writes the whole site into a new folder beside the output, then swaps it into place, so the
/// output folder is always either the previous site or the complete new one — never half of each.
/// </summary>
public sealed class WriteFiles(string outputDirectory)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public int Execute(IReadOnlyList<OutputFile> files)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.building-{Guid.NewGuid():N}");
        try
        {
            Parallel.ForEach(files, file =>
            {
                var target = Path.Combine(staging, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                if (file.Text is not null)
                {
                    File.WriteAllText(target, file.Text, Utf8);
                }
                else if (file.Bytes is not null)
                {
                    File.WriteAllBytes(target, file.Bytes);
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
        return files.Count;
    }

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
