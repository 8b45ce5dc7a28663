using Disclosure.Diagnostics;

namespace Disclosure.Markdown;

/// <summary>A problem an extension found in the syntax tree; <paramref name="Line"/> counts from 0 within the Markdown text.</summary>
public sealed record MarkdownFinding(DiagnosticSeverity Severity, int Line, string Message);
