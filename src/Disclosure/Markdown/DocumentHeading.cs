namespace Disclosure.Markdown;

/// <summary>A heading of a document's body, as the table of contents lists it.</summary>
/// <param name="Level">The level the page shows it at: the body's top level is 2, whatever level it was written at.</param>
public sealed record DocumentHeading(int Level, string Id, string Text);
