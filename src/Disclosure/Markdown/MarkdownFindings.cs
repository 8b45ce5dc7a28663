using Disclosure.Diagnostics;
using Markdig.Syntax;

namespace Disclosure.Markdown;

/// <summary>
/// Where the extensions leave what they found in a parsed document, for the renderer to report against the file:
/// extensions see only the Markdown, not the file it came from.
/// </summary>
public static class MarkdownFindings
{
    private static readonly object Key = typeof(MarkdownFindings);

    public static void Error(MarkdownDocument document, int line, string message) => Add(document, new(DiagnosticSeverity.Error, line, message));

    public static void Warning(MarkdownDocument document, int line, string message) => Add(document, new(DiagnosticSeverity.Warning, line, message));

    public static IReadOnlyList<MarkdownFinding> Of(MarkdownDocument document) =>
        document.GetData(Key) as List<MarkdownFinding> ?? [];

    private static void Add(MarkdownDocument document, MarkdownFinding finding)
    {
        if (document.GetData(Key) is not List<MarkdownFinding> findings)
        {
            findings = [];
            document.SetData(Key, findings);
        }
        findings.Add(finding);
    }
}
