using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class TagPageModel : PageModel
{
    public required string Tag { get; init; }
    public required IReadOnlyList<Assessment> Assessments { get; init; }
}
