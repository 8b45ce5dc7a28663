namespace Disclosure.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
