using Disclosure.Diagnostics;
using Disclosure.Pipeline;

namespace Disclosure.Cli.Preview;

/// <summary>Holds the current <see cref="BuildStatus"/>; only the build loop writes it, any request may read it.</summary>
public sealed class PreviewState(string initialBasePath)
{
    private BuildStatus _current = new(0, 0, initialBasePath, []);

    public BuildStatus Current => Volatile.Read(ref _current);

    public BuildStatus Record(BuildResult result, string basePathOfThisBuild)
    {
        var previous = Current;
        var next = result.Succeeded
            ? new BuildStatus(previous.SuccessfulBuilds + 1, previous.CompletedBuilds + 1, basePathOfThisBuild, [])
            : new BuildStatus(previous.SuccessfulBuilds, previous.CompletedBuilds + 1, previous.BasePath, ProblemsOf(result));
        Volatile.Write(ref _current, next);
        return next;
    }

    private static IReadOnlyList<Diagnostic> ProblemsOf(BuildResult result)
    {
        // Errors first: they are why the site was not updated; warnings often explain them (a misspelt field name).
        var problems = result.Diagnostics.OrderBy(d => d.Severity == DiagnosticSeverity.Error ? 0 : 1).ToList();
        return problems.Count > 0
            ? problems
            : [new Diagnostic(DiagnosticSeverity.Error, "(build)", 0, "ビルドに失敗しましたが、原因が報告されませんでした。")];
    }
}
