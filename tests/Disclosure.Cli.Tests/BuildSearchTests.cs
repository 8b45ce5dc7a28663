using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The search step of <c>disclosure build</c> is optional and never fails a build: it can be turned off, and a
/// machine without Node.js gets a one-line warning and a complete site without a search index.
/// </summary>
public sealed class BuildSearchTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    [Fact]
    public async Task No_search_writes_the_site_without_a_pagefind_folder()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync(Build("--no-search"));

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(Path.Combine(_copy.Output, "search", "index.html")), "the search page is still written");
        Assert.False(Directory.Exists(Path.Combine(_copy.Output, "pagefind")));
        Assert.DoesNotContain("検索索引", stdout + stderr);
    }

    [Fact]
    public async Task Without_Node_js_the_build_warns_in_one_line_and_still_succeeds()
    {
        // A PATH holding only dotnet, and an empty cache, so neither npm nor an earlier installation is found.
        var bin = Directory.CreateDirectory(Path.Combine(_copy.Root, "bin")).FullName;
        File.CreateSymbolicLink(Path.Combine(bin, "dotnet"), DotnetExecutable());
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = bin,
            ["XDG_CACHE_HOME"] = Directory.CreateDirectory(Path.Combine(_copy.Root, "cache")).FullName,
        };

        var (exit, stdout, stderr) = await CliRunner.RunWithEnvironmentAsync(environment, Build());

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("完了:", stdout);
        var warning = Assert.Single(stderr.Split('\n'), line => line.Contains("検索索引を作るには Node.js", StringComparison.Ordinal));
        Assert.StartsWith("警告:", warning);
        Assert.True(File.Exists(Path.Combine(_copy.Output, "search", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_copy.Output, "pagefind")));
        // Nothing was installed: the cache holds compiled templates at most, no Pagefind.
        Assert.False(Directory.Exists(Path.Combine(environment["XDG_CACHE_HOME"], "disclosure", "pagefind")));
    }

    private string[] Build(params string[] extra) =>
        ["build", "--content", _copy.Content, "--theme", RepositoryPaths.Theme, "--output", _copy.Output, "--now", "2026-11-30", .. extra];

    /// <summary>The real dotnet host (not a symbolic link to it), so a link to it works from any folder.</summary>
    private static string DotnetExecutable()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "dotnet"))
            .First(File.Exists);
        return new FileInfo(onPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? onPath;
    }

    public void Dispose() => _copy.Dispose();
}
