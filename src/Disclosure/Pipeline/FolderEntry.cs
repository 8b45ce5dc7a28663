namespace Disclosure.Pipeline;

/// <summary>One file or folder directly in a listed folder (<see cref="ListFolder"/>).</summary>
/// <param name="Path">The folder's path as given, joined with the entry's name.</param>
/// <param name="IsDirectory">A folder, or a link to one.</param>
public readonly record struct FolderEntry(string Path, bool IsDirectory);
