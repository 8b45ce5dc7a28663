namespace Disclosure.History;

/// <summary>A section of a document as the public sees it: its heading and its text, redactions already replaced.</summary>
public sealed record PublicSection(string Title, string Text);
