using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class TagPageModel : PageModel
{
    public required string Tag { get; init; }
    /// <summary>The assessments on this page of the tag's list.</summary>
    public required IReadOnlyList<Assessment> Assessments { get; init; }

    /// <summary>How many assessments carry the tag, on all pages.</summary>
    public required int Total { get; init; }

    public required Pagination Pagination { get; init; }
}
