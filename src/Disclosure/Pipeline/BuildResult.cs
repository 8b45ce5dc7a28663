using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    int DocumentsRead,
    int PagesWritten,
    int FilesWritten,
    TimeSpan Elapsed)
{
    /// <summary>One-line remarks that are neither errors nor warnings, e.g. that the site was built without history.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Each phase that ran, with how long it took.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Elapsed)> Phases { get; init; } = [];

    /// <summary>Pages rendered through their templates by this build; the others were reused from the previous one (the preview).</summary>
    public int PagesRendered { get; init; }

    /// <summary>Files whose content was the same as in the previous output: carried over, not rewritten.</summary>
    public int FilesUnchanged { get; init; }

    /// <summary>
    /// Every assessment measured against the guideline's rules (<see cref="CheckGuideline"/>), for
    /// <c>disclosure check --report</c>; there even when the build failed, unless the content could not be read at all.
    /// </summary>
    public IReadOnlyList<Guideline.AssessmentStanding> Standings { get; init; } = [];

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
