namespace Disclosure.Markdown;

/// <summary>A heading of a document's body, as the table of contents lists it.</summary>
public sealed record DocumentHeading(int Level, string Id, string Text);
