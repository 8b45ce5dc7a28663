namespace Disclosure.Rendering.Models;

public sealed class AssessmentIndexModel : PageModel
{
    public required IReadOnlyList<SortOption> SortOptions { get; init; }
    public required IReadOnlyList<AssessmentGroup> Groups { get; init; }
    public required int Total { get; init; }
    public required Pagination Pagination { get; init; }
}
