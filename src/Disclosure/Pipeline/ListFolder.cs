using System.IO.Enumeration;

namespace Disclosure.Pipeline;

/// <summary>
/// The item phase <see cref="ReadContent"/> lists each folder of documents with. Input <see cref="FolderToList"/>,
/// output <see cref="FolderListed"/>. One pass over a folder of ten thousand files, telling files from folders as
/// <see cref="Directory.Exists"/> does (a link to a folder counts as a folder), instead of asking about each entry again.
/// </summary>
public sealed class ListFolder : IPhase<FolderToList, FolderListed>
{
    /// <summary>Every entry, hidden ones included, as <see cref="Directory.EnumerateFiles(string)"/> lists them.</summary>
    private static readonly EnumerationOptions AllEntries = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    public FolderListed Execute(FolderToList input) =>
        new(new FileSystemEnumerable<FolderEntry>(input.Folder, (ref FileSystemEntry entry) => new FolderEntry(entry.ToSpecifiedFullPath(), entry.IsDirectory), AllEntries)
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList());
}
