using Disclosure.Content;
using Disclosure.History;

namespace Disclosure.Rendering.Models;

public sealed class RevisionPageModel : PageModel
{
    public required Assessment Assessment { get; init; }
    public required RevisionLink Revision { get; init; }

    /// <summary>The version this one is compared with; null for the first version.</summary>
    public RevisionLink? Previous { get; init; }

    /// <summary>The change entries this version added to the assessment's change record.</summary>
    public required IReadOnlyList<ChangeEntry> Changes { get; init; }

    public required IReadOnlyList<SectionDiff> Sections { get; init; }

    public override ContentDocument Document => Assessment;
}
