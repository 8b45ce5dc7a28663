namespace Disclosure.Pipeline;

/// <param name="Html">The finished page as UTF-8: half the memory of a string, and what is written to disk.</param>
/// <param name="Ids">Every id in the page: the anchors a link may point at.</param>
/// <param name="References">Every URL the page links to or loads.</param>
public sealed record ProcessedPage(PageToRender Page, byte[] Html, IReadOnlySet<string> Ids, IReadOnlyList<string> References);
