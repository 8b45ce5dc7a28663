namespace Disclosure.Cli.Preview;

/// <summary>Decides which file events are edits worth a rebuild.</summary>
public sealed class ChangeFilter
{
    private readonly string _output;
    private readonly string _buildFoldersPrefix;

    public ChangeFilter(string outputDirectory)
    {
        _output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        // The build writes beside the output (.output.building-…, .output.previous-…) and then swaps the folders.
        var parent = Path.GetDirectoryName(_output) ?? _output;
        _buildFoldersPrefix = Path.Combine(parent, "." + Path.GetFileName(_output) + ".");
    }

    public bool IsEdit(string fullPath) => !IsWrittenByTheBuild(fullPath) && !EditorTempFiles.IsTemporary(Path.GetFileName(fullPath));

    // The output may sit inside the watched content folder; reacting to our own writes would rebuild for ever.
    private bool IsWrittenByTheBuild(string fullPath) =>
        fullPath == _output
        || fullPath.StartsWith(_output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || fullPath.StartsWith(_buildFoldersPrefix, StringComparison.Ordinal);
}
