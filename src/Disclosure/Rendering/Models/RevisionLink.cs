namespace Disclosure.Rendering.Models;

/// <summary>One line of an assessment's revision list.</summary>
public sealed record RevisionLink(DateOnly Date, string Subject, string? Version, string Path);
