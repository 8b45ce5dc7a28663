namespace Disclosure.Content;

/// <param name="File">File name beside the assessment's index.md.</param>
public sealed record Attachment(string Title, string File, long SizeBytes);
