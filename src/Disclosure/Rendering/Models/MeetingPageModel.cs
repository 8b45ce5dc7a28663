using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class MeetingPageModel : PageModel
{
    public required Meeting Meeting { get; init; }
    public required HtmlFragment BodyHtml { get; init; }
    public required IReadOnlyList<Assessment> Assessments { get; init; }
    public required IReadOnlyList<DocumentLink> LinkedFrom { get; init; }

    public override ContentDocument Document => Meeting;
}
