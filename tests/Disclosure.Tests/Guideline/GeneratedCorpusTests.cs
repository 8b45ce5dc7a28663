using Disclosure.Corpus;
using Disclosure.Pipeline;
using Disclosure.Rendering;
using Disclosure.Testing;
using Disclosure.Time;

namespace Disclosure.Tests.Guideline;

/// <summary>
/// The corpus the benchmarks build (tests/Disclosure.Corpus) meets the guideline's rules, so a benchmark times a
/// build, not thousands of warnings.
/// </summary>
public sealed class GeneratedCorpusTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("disclosure-corpus-").FullName;

    [Fact]
    public async Task A_generated_corpus_builds_without_a_warning()
    {
        var content = Path.Combine(_root, "content");
        new CorpusWriter(72, 42).Write(content);

        var result = await new SiteBuilder(new BuildOptions
        {
            ContentDirectory = content,
            ThemeDirectory = RepositoryPaths.Theme,
            OutputDirectory = Path.Combine(_root, "output"),
            Now = TokyoTime.StartOf(new DateOnly(2026, 11, 30)),
        }).BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
