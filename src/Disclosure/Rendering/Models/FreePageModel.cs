using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class FreePageModel : PageModel
{
    public required FreePage Page { get; init; }
    public required string BodyHtml { get; init; }
    public required IReadOnlyList<DocumentLink> LinkedFrom { get; init; }
}
