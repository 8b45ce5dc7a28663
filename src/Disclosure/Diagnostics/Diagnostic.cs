namespace Disclosure.Diagnostics;

/// <summary>A problem found in the content, located by file and line so staff can go straight to it.</summary>
/// <param name="Column">The column, where known (YAML syntax errors); 1 otherwise.</param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Path, int Line, string Message, int Column = 1)
{
    public override string ToString()
    {
        var prefix = Severity == DiagnosticSeverity.Warning ? "警告: " : "";
        return $"{Path}:{Line}: {prefix}{Message}";
    }
}
