using System.Collections.Concurrent;

namespace Disclosure.Pipeline.Incremental;

/// <summary>
/// Stands in front of <see cref="ListFolder"/>, with each folder's last listing. While the file watcher has seen
/// nothing come, go or change kind directly in a folder — an edit of a document is a change to a file already
/// listed — the folder is not listed again: at ten thousand assessments, listing and sorting the folder was about half
/// of a preview rebuild's reading.
/// </summary>
public sealed class ListedFolders
{
    private readonly ConcurrentDictionary<string, Listing> _listings = new(StringComparer.Ordinal);

    /// <param name="edited">What the watcher saw change since the last build; null, and every folder is listed.</param>
    public IPhase<FolderToList, FolderListed> Around(IPhase<FolderToList, FolderListed> list, EditedPaths? edited) =>
        Phase.From<FolderToList, FolderListed>(input =>
        {
            var folder = Path.GetFullPath(input.Folder).TrimEnd(Path.DirectorySeparatorChar);
            if (edited is not null && _listings.TryGetValue(folder, out var last) && last.Folder == input.Folder
                && !edited.MayHaveChangedEntriesOf(folder, last.HoldsAsItIs))
            {
                return last.Listed;
            }
            var listed = list.Execute(input);
            _listings[folder] = new Listing(input.Folder, folder, listed);
            return listed;
        });

    /// <param name="folder">The folder as the build gave it: entries carry its spelling.</param>
    /// <param name="fullFolder">The same folder as a full path, as the watcher reports paths.</param>
    private sealed class Listing(string folder, string fullFolder, FolderListed listed)
    {
        /// <summary>Each entry by full path (as the watcher reports it): whether it is a folder.</summary>
        private readonly Dictionary<string, bool> _isDirectory = listed.Entries
            .ToDictionary(e => Path.Join(fullFolder, Path.GetFileName(e.Path)), e => e.IsDirectory, StringComparer.Ordinal);

        public string Folder => folder;

        public FolderListed Listed => listed;

        /// <summary>Whether the listing holds this entry, and it is still there as the same kind (file or folder).</summary>
        public bool HoldsAsItIs(string fullPath) =>
            _isDirectory.TryGetValue(fullPath, out var isDirectory) && (isDirectory ? Directory.Exists(fullPath) : File.Exists(fullPath));
    }
}
