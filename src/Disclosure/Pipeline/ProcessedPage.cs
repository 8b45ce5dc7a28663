namespace Disclosure.Pipeline;

/// <param name="Ids">Every id in the page: the anchors a link may point at.</param>
/// <param name="References">Every URL the page links to or loads.</param>
public sealed record ProcessedPage(PageToRender Page, string Html, IReadOnlySet<string> Ids, IReadOnlyList<string> References);
