using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class AssessmentPageModel : PageModel
{
    public required Assessment Assessment { get; init; }
    public required HtmlFragment BodyHtml { get; init; }
    public Schedule? Schedule { get; init; }
    public IReadOnlyList<StepView> Steps { get; init; } = [];
    public PeriodSummary? CommentPeriod { get; init; }
    public required IReadOnlyList<Meeting> Meetings { get; init; }
    public required IReadOnlyList<DocumentLink> LinkedFrom { get; init; }

    /// <summary>The committed versions of the assessment, newest first.</summary>
    public IReadOnlyList<RevisionLink> Revisions { get; init; } = [];

    public override ContentDocument Document => Assessment;
}
