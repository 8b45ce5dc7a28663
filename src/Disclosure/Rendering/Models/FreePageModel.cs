using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class FreePageModel : PageModel
{
    public required FreePage Page { get; init; }
    public required HtmlFragment BodyHtml { get; init; }
    public required IReadOnlyList<DocumentLink> LinkedFrom { get; init; }

    /// <summary>Shown on the accessibility page (id <c>accessibility</c>) as its 試験結果.</summary>
    public Accessibility.AccessibilityReport? AccessibilityReport { get; init; }

    public override ContentDocument Document => Page;
}
