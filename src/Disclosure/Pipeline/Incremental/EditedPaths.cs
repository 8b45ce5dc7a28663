namespace Disclosure.Pipeline.Incremental;

/// <summary>The paths seen to change before one build (<see cref="EditedFiles.Take"/>): a few, seldom more.</summary>
public sealed class EditedPaths(IReadOnlyCollection<string> paths)
{
    private static readonly char Separator = Path.DirectorySeparatorChar;

    /// <summary>
    /// Whether the file, a folder holding it, or (for a document that is a folder) anything in that folder may have
    /// changed: a folder renamed or deleted is seen as the folder alone, not as each file in it. Both are full paths.
    /// </summary>
    public bool MayHaveChanged(string fullPath, string? fullFolder)
    {
        var folder = fullFolder?.TrimEnd(Separator);
        foreach (var path in paths)
        {
            if (Within(fullPath, path) || (folder is not null && Within(path, folder)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Whether the entries directly in a folder may differ from a listing of it: the folder itself, or a folder holding
    /// it, was seen (renamed, deleted), or a path directly in it was seen that the listing does not hold as it now is
    /// (<paramref name="listedAsItIs"/>: created, deleted, renamed, a file become a folder). An edit of a listed file's
    /// content, or of anything further down, leaves the listing as it was.
    /// </summary>
    public bool MayHaveChangedEntriesOf(string fullFolder, Func<string, bool> listedAsItIs)
    {
        var folder = fullFolder.TrimEnd(Separator);
        foreach (var path in paths)
        {
            if (Within(folder, path) || (Path.GetDirectoryName(path) == folder && !listedAsItIs(path)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Within(string path, string folderOrSame) =>
        path.StartsWith(folderOrSame, StringComparison.Ordinal) && (path.Length == folderOrSame.Length || path[folderOrSame.Length] == Separator);
}
