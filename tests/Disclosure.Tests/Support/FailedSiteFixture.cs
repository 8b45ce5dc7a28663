using Disclosure.Diagnostics;
using Disclosure.Pipeline;

namespace Disclosure.Tests.Support;

/// <summary>
/// One temporary site with several planted problems, built once over a previous output and shared by the tests
/// of a class, each of which checks the report of one problem.
/// </summary>
public abstract class FailedSiteFixture : IAsyncLifetime
{
    private TempSite? _site;
    private BuildOverPreviousOutput? _build;

    /// <summary>The content files (path → text) besides site.yml.</summary>
    protected abstract (string Path, string Text)[] Files { get; }

    /// <summary>Files written as raw bytes, e.g. text in an encoding other than UTF-8.</summary>
    protected virtual (string Path, byte[] Bytes)[] BinaryFiles => [];

    public TempSite Site => _site ?? throw new InvalidOperationException("Not built.");

    public BuildOverPreviousOutput Build => _build ?? throw new InvalidOperationException("Not built.");

    public BuildResult Result => Build.Result;

    public Diagnostic ErrorIn(string relativePath, string containing = "") =>
        DiagnosticAssert.SingleError(Result, Site.DisplayPath(relativePath), containing);

    public IReadOnlyList<Diagnostic> ErrorsIn(string relativePath) =>
        Result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Path == Site.DisplayPath(relativePath)).ToList();

    /// <summary>Asserts that some error for the file is on <paramref name="line"/> and names <paramref name="containing"/>.</summary>
    public Diagnostic ErrorOnLine(string relativePath, int line, string containing)
    {
        var match = ErrorsIn(relativePath).FirstOrDefault(d => d.Line == line && d.Message.Contains(containing, StringComparison.Ordinal));
        Assert.True(match is not null,
            $"Expected an error on {relativePath}:{line} containing \"{containing}\". All diagnostics:\n" + string.Join("\n", Result.Diagnostics));
        return match!;
    }

    public async Task InitializeAsync()
    {
        _site = TempSite.With(Files);
        foreach (var (path, bytes) in BinaryFiles)
        {
            _site.WriteBytes(path, bytes);
        }
        _build = await _site.BuildOverPreviousOutputAsync();
    }

    public Task DisposeAsync()
    {
        _site?.Dispose();
        return Task.CompletedTask;
    }
}
