using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>Compiled templates are kept on disk: a second process builds without compiling them again.</summary>
public sealed class TemplateCacheTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("disclosure-template-cache-").FullName;

    private string Cache => Path.Combine(_root, "cache", "disclosure", "templates");

    [Fact]
    public async Task A_second_build_loads_compiled_templates_from_the_cache_and_a_changed_template_is_compiled_again()
    {
        var theme = Path.Combine(_root, "theme");
        FolderCopy.Copy(RepositoryPaths.Theme, theme);

        var first = await Build(theme);
        Assert.True(first.ExitCode == 0, first.Stderr);
        var compiled = Snapshot();
        Assert.True(compiled.Count >= 20, $"only {compiled.Count} compiled templates were cached");

        var second = await Build(theme);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Equal(compiled, Snapshot());

        var news = Path.Combine(theme, "templates", "News.cshtml");
        await File.AppendAllTextAsync(news, "\n<p class=\"cache-test\">x</p>\n");
        var third = await Build(theme);
        Assert.True(third.ExitCode == 0, third.Stderr);
        var after = Snapshot();
        Assert.Equal(compiled.Count + 1, after.Count);
        Assert.All(compiled, entry => Assert.Equal(entry.Value, after[entry.Key]));
        Assert.Contains("cache-test", await File.ReadAllTextAsync(Path.Combine(_root, "output", "news", "2015-09-30-kouki-kouhyou", "index.html")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<(int ExitCode, string Stdout, string Stderr)> Build(string theme) =>
        CliRunner.RunWithEnvironmentAsync(
            new Dictionary<string, string> { ["XDG_CACHE_HOME"] = Path.Combine(_root, "cache") },
            "build", "--content", RepositoryPaths.Content, "--theme", theme, "--output", Path.Combine(_root, "output"),
            "--now", "2026-11-30", "--no-search");

    private Dictionary<string, DateTime> Snapshot() =>
        Directory.GetFiles(Cache, "*.dll").ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc);
}
