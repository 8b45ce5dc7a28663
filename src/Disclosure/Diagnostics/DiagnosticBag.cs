using System.Collections.Concurrent;

namespace Disclosure.Diagnostics;

/// <summary>Collects every problem of a build so that staff see all of them at once, not one per run.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Error(string path, int line, string message, int column = 1, string? detail = null) =>
        _items.Enqueue(new Diagnostic(DiagnosticSeverity.Error, path, line, message, column, detail));

    public void Warning(string path, int line, string message) =>
        _items.Enqueue(new Diagnostic(DiagnosticSeverity.Warning, path, line, message));

    /// <summary>Problems found earlier for unchanged input, reported again: a reused result must not hide them.</summary>
    public void Add(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            _items.Enqueue(diagnostic);
        }
    }

    public IReadOnlyList<Diagnostic> Items => _items.ToArray();

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Message, StringComparer.Ordinal).ToList();
}
