using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class SchedulePageModel : PageModel
{
    public required Schedule Schedule { get; init; }
    public required Assessment Assessment { get; init; }
    public required IReadOnlyList<StepView> Steps { get; init; }

    /// <summary>The schedule, not its assessment: the schedule's own listing period decides this page's notice.</summary>
    public override ContentDocument Document => Schedule;
}
