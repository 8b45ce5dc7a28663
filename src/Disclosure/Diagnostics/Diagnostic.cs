namespace Disclosure.Diagnostics;

/// <summary>A problem found in the content, located by file and line so staff can go straight to it.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Path, int Line, string Message)
{
    public override string ToString()
    {
        var prefix = Severity == DiagnosticSeverity.Warning ? "警告: " : "";
        return $"{Path}:{Line}: {prefix}{Message}";
    }
}
