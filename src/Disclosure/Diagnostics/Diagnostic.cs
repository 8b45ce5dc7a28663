namespace Disclosure.Diagnostics;

/// <summary>A problem found in the content, located by file and line so staff can go straight to it.</summary>
/// <param name="Column">The column, where known (YAML syntax errors); 1 otherwise.</param>
/// <param name="Detail">
/// What a library said about it in its own (English) words, e.g. the YAML parser's: kept out of the message, which
/// staff read, and shown only when asked for (<c>--verbose</c>), for whoever looks into the tool itself.
/// </param>
public sealed record Diagnostic(DiagnosticSeverity Severity, string Path, int Line, string Message, int Column = 1, string? Detail = null)
{
    public override string ToString() => Describe(withDetail: false);

    /// <summary>The diagnostic as one line, <c>path:line: message</c>, with the <see cref="Detail"/> after it when asked for.</summary>
    public string Describe(bool withDetail)
    {
        var prefix = Severity == DiagnosticSeverity.Warning ? "警告: " : "";
        var detail = withDetail && Detail is not null ? $"（詳細: {Detail}）" : "";
        return $"{Path}:{Line}: {prefix}{Message}{detail}";
    }
}
