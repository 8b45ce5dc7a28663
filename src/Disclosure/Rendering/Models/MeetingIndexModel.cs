using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class MeetingIndexModel : PageModel
{
    public required IReadOnlyList<Meeting> Meetings { get; init; }
}
