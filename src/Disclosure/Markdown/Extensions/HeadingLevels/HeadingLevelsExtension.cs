using Markdig.Syntax;

namespace Disclosure.Markdown.Extensions.HeadingLevels;

/// <summary>
/// Makes a body's headings continue the page's outline without a gap. The page's title is its one h1, so the body's
/// top level — whatever level the author started at: clerks' files and real minutes often start at <c>###</c> — is
/// shown as h2, and each level below it one more. A level skipped inside the body (<c>##</c> then <c>####</c>) is a
/// warning at its line and is closed up: the heading is shown one level below the heading it comes under. People
/// using screen readers move through a page by its heading levels, where a gap reads as a missing section; the table
/// of contents and the comment form's list of sections are made from the levels shown.
/// </summary>
/// <remarks>Runs before the heading ids are given, so everything after it sees only the levels shown.</remarks>
public sealed class HeadingLevelsExtension : DocumentProcessingExtension
{
    /// <summary>The level the body's top headings are shown at: the page's title is the h1.</summary>
    public const int TopLevel = 2;

    /// <summary>HTML has no heading below h6.</summary>
    private const int LowestLevel = 6;

    protected override void Process(MarkdownDocument document)
    {
        var headings = document.Descendants<HeadingBlock>().ToList();
        if (headings.Count == 0)
        {
            return;
        }
        var top = headings.Min(h => h.Level);
        // The headings that the next one may come under, innermost on top: each at its level as written and as shown.
        var above = new Stack<(int Written, int Shown)>();
        foreach (var heading in headings)
        {
            var written = heading.Level;
            while (above.TryPeek(out var sibling) && sibling.Written >= written)
            {
                above.Pop();
            }
            var hasParent = above.TryPeek(out var parent);
            var expected = hasParent ? parent.Written + 1 : top;
            if (written > expected)
            {
                MarkdownFindings.Warning(document, heading.Line, hasParent
                    ? $"見出しの段が飛んでいます（「{Marks(parent.Written)}」の次が「{Marks(written)}」）。「{Marks(expected)}」にしてください。ページでは一段下の見出しとして表示します。"
                    : $"見出しの段が飛んでいます（この見出し「{Marks(written)}」より前に「{Marks(expected)}」の見出しがありません）。「{Marks(expected)}」にしてください。ページでは本文のいちばん上の段の見出しとして表示します。");
            }
            var shown = Math.Min(hasParent ? parent.Shown + 1 : TopLevel, LowestLevel);
            heading.Level = shown;
            above.Push((written, shown));
        }
    }

    private static string Marks(int level) => new('#', level);
}
