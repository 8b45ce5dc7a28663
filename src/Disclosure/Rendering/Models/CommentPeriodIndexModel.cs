namespace Disclosure.Rendering.Models;

public sealed class CommentPeriodIndexModel : PageModel
{
    public required IReadOnlyList<PeriodSummary> Open { get; init; }
    public required IReadOnlyList<PeriodSummary> Upcoming { get; init; }
    public required IReadOnlyList<PeriodSummary> Past { get; init; }
}
