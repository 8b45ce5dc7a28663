using Disclosure.Diagnostics;
using Disclosure.Pipeline;

namespace Disclosure.Tests.Support;

public static class DiagnosticAssert
{
    /// <summary>The one error reported for <paramref name="path"/> whose message contains <paramref name="containing"/>.</summary>
    public static Diagnostic SingleError(BuildResult result, string path, string containing = "")
    {
        var matches = result.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error && d.Path == path && d.Message.Contains(containing, StringComparison.Ordinal))
            .ToList();
        if (matches.Count != 1)
        {
            Assert.Fail($"Expected one error for {path} containing \"{containing}\", found {matches.Count}. All diagnostics:\n"
                + string.Join("\n", result.Diagnostics));
        }
        return matches[0];
    }

    public static void NoDiagnostics(BuildResult result) =>
        Assert.True(result.Diagnostics.Count == 0, "Unexpected diagnostics:\n" + string.Join("\n", result.Diagnostics));
}
