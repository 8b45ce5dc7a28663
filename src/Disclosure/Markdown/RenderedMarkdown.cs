namespace Disclosure.Markdown;

/// <param name="Sections">The text of the level-2 headings: the main sections of the document.</param>
/// <param name="Headings">The level-2 and level-3 headings with their ids, for the table of contents.</param>
/// <param name="Redactions">The non-public passages, for the leak check; never shown.</param>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<MarkdownLink> Links,
    IReadOnlyList<string> Sections,
    IReadOnlyList<DocumentHeading> Headings,
    IReadOnlyList<RedactedPassage> Redactions)
{
    /// <summary>What a text that could not be parsed shows: nothing (the build has an error for it).</summary>
    public static readonly RenderedMarkdown Empty = new("", [], [], [], []);
}
