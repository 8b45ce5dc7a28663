using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The tool's build compiles the default theme's templates and ships them beside the tool (compiled-templates/): the
/// tool as built builds the example site with an empty template cache and compiles nothing, and a site theme that
/// overrides one template has that one compiled and cached, the rest still coming from the tool.
/// </summary>
[Collection(PacksTheTool.Name)]
public sealed class ShippedTemplatesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("disclosure-shipped-templates-").FullName;

    /// <summary>The CLI's own build output (not the copy in this test's folder, which has no compiled templates).</summary>
    private static string ToolFolder
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            return Path.Combine(RepositoryPaths.Root, "src", "Disclosure.Cli", "bin", configuration, "net10.0");
        }
    }

    private string Cache => Path.Combine(_root, "cache", "disclosure", "templates");

    [Fact]
    public void The_build_of_the_tool_compiles_every_default_template()
    {
        var templates = Directory.GetFiles(Path.Combine(RepositoryPaths.Theme, "templates"), "*.cshtml");
        Assert.Equal(templates.Length, Directory.GetFiles(Path.Combine(ToolFolder, "compiled-templates"), "*.dll").Length);
    }

    [Fact]
    public async Task With_the_default_theme_nothing_is_compiled_and_an_overridden_template_alone_is()
    {
        var plain = await Build(RepositoryPaths.Theme, "plain");
        Assert.True(plain.ExitCode == 0, plain.Output);
        Assert.True(File.Exists(Path.Combine(_root, "plain", "index.html")));
        Assert.False(Directory.Exists(Cache) && Directory.EnumerateFiles(Cache).Any(), "a default template was compiled at run time");

        var theme = Path.Combine(_root, "theme", "templates");
        Directory.CreateDirectory(theme);
        var news = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Theme, "templates", "News.cshtml"));
        await File.WriteAllTextAsync(Path.Combine(theme, "News.cshtml"), news + "\n<p class=\"city-news\">市の独自のお知らせ欄</p>\n");
        var themed = await Build(Path.Combine(_root, "theme"), "themed");
        Assert.True(themed.ExitCode == 0, themed.Output);
        Assert.Single(Directory.GetFiles(Cache, "*.dll"));
        Assert.Contains("city-news", await File.ReadAllTextAsync(Path.Combine(_root, "themed", "news", "2015-09-30-kouki-kouhyou", "index.html")));
        Assert.DoesNotContain("city-news", await File.ReadAllTextAsync(Path.Combine(_root, "plain", "news", "2015-09-30-kouki-kouhyou", "index.html")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<(int ExitCode, string Output)> Build(string theme, string output) =>
        ChildProcess.RunAsync("dotnet",
            [
                Path.Combine(ToolFolder, "Disclosure.Cli.dll"), "build", "--content", RepositoryPaths.Content, "--theme", theme,
                "--output", Path.Combine(_root, output), "--now", "2026-11-30", "--no-search",
            ],
            _root, new Dictionary<string, string> { ["XDG_CACHE_HOME"] = Path.Combine(_root, "cache") });
}
