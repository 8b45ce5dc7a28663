namespace Disclosure.Pipeline;

/// <summary>Where a copied attachment is listed: the assessment's file and the line of its <c>file:</c>.</summary>
public sealed record AttachmentSource(string DocumentPath, int Line, string File);
