namespace Disclosure.Pipeline;

/// <summary>Input of <see cref="ListFolder"/>: a folder of content, as the content folder's path gives it.</summary>
public sealed record FolderToList(string Folder);
