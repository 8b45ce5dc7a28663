namespace Disclosure.Rendering.Models;

/// <summary>One line of an assessment's revision list.</summary>
/// <param name="Summary">What the version changed, as the public is told (<see cref="RevisionSummary"/>).</param>
public sealed record RevisionLink(DateOnly Date, string Summary, string? Version, string Path);
