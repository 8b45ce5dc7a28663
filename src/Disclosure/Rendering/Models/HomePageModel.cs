using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class HomePageModel : PageModel
{
    public required IReadOnlyList<PeriodSummary> OpenPeriods { get; init; }
    public required IReadOnlyList<PeriodSummary> UpcomingPeriods { get; init; }
    public required IReadOnlyList<UpdateItem> RecentUpdates { get; init; }
    public required IReadOnlyList<NewsItem> News { get; init; }
}
