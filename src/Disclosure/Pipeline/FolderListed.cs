namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="ListFolder"/>: every entry directly in the folder, hidden ones included, in ordinal order of path.</summary>
public sealed record FolderListed(IReadOnlyList<FolderEntry> Entries);
