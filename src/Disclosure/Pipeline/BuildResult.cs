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
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
