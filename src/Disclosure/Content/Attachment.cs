namespace Disclosure.Content;

/// <param name="File">File name beside the assessment's index.md.</param>
/// <param name="Line">The line of its <c>file:</c> in index.md, where problems with the file are reported.</param>
public sealed record Attachment(string Title, string File, long SizeBytes, int Line);
