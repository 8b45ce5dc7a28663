namespace Disclosure.Markdown;

/// <param name="Sections">The text of the body's top-level headings, whatever level they were written at (shown as h2): the main sections of the document.</param>
/// <param name="Headings">The headings of the body's top two levels (shown as h2 and h3) with their ids, for the table of contents.</param>
/// <param name="SearchHeadings">The visible words of every heading shown as h2–h4, for the site search's metadata.</param>
/// <param name="Redactions">The non-public passages, for the leak check; never shown.</param>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<MarkdownLink> Links,
    IReadOnlyList<string> Sections,
    IReadOnlyList<DocumentHeading> Headings,
    IReadOnlyList<string> SearchHeadings,
    IReadOnlyList<RedactedPassage> Redactions)
{
    /// <summary>What a text that could not be parsed shows: nothing (the build has an error for it).</summary>
    public static readonly RenderedMarkdown Empty = new("", [], [], [], [], []);
}
