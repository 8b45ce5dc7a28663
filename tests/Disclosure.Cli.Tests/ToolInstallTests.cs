using System.Reflection.PortableExecutable;
using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The installed <c>disclosure</c> command is the one staff run every day: it must say which code it is, build a site
/// from any folder with the default theme it carries, start from code compiled ahead, and be replaced by
/// <c>dotnet tool update</c> once the repository has moved on.
/// </summary>
[Collection(PacksTheTool.Name)]
public sealed class ToolInstallTests(InstalledTool tool) : IClassFixture<InstalledTool>, IDisposable
{
    /// <summary>A folder outside the repository, holding no theme, where staff might stand when they run the command.</summary>
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("disclosure-elsewhere-").FullName;

    [Fact]
    public async Task The_installed_command_names_the_package_version_and_the_commit_it_was_packed_at()
    {
        var version = await PackageVersionAsync(RepositoryPaths.Root);
        var commit = (await ChildProcess.SucceedAsync("git", ["rev-parse", "HEAD"], RepositoryPaths.Root)).Trim();

        var (exitCode, output) = await ChildProcess.RunAsync(tool.Command, ["--version"], _elsewhere);

        Assert.Equal(0, exitCode);
        Assert.Equal($"{version}+{commit}", output.Trim());
        Assert.Equal(
            new[] { $"Disclosure.Cli.{version}.nupkg", $"Disclosure.Cli.any.{version}.nupkg", $"Disclosure.Cli.linux-x64.{version}.nupkg" },
            Directory.EnumerateFiles(tool.Packages).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_installed_command_builds_a_site_from_another_folder_with_the_default_theme_it_carries()
    {
        var site = Path.Combine(_elsewhere, "site");
        var cache = Path.Combine(_elsewhere, "cache");

        var (exitCode, output) = await ChildProcess.RunAsync(tool.Command,
            ["build", "--content", RepositoryPaths.Content, "--output", site, "--now", "2026-11-30", "--no-search"], _elsewhere,
            new Dictionary<string, string> { ["XDG_CACHE_HOME"] = cache });

        Assert.True(exitCode == 0, output);
        Assert.False(Directory.Exists(Path.Combine(_elsewhere, "themes")));
        // The default templates came compiled in the package: none was compiled (and cached) at run time.
        var compiled = Path.Combine(cache, "disclosure", "templates");
        Assert.False(Directory.Exists(compiled) && Directory.EnumerateFiles(compiled).Any(), "a default template was compiled at run time");
        var home = File.ReadAllText(Path.Combine(site, "index.html"));
        Assert.Contains("<title>みなと市 特定個人情報保護評価</title>", home);
        Assert.Contains("本文へ移動", home);
        var shippedAssets = Path.Combine(InstalledFolder(), "themes", "default", "assets");
        Assert.NotEmpty(Directory.EnumerateFiles(shippedAssets, "*", SearchOption.AllDirectories));
        Assert.All(Directory.EnumerateFiles(shippedAssets, "*", SearchOption.AllDirectories), asset =>
            Assert.Equal(File.ReadAllBytes(asset), File.ReadAllBytes(Path.Combine(site, "assets", Path.GetRelativePath(shippedAssets, asset)))));
    }

    [Fact]
    public void The_installed_assemblies_hold_code_compiled_ahead_for_linux_x64()
    {
        Assert.True(Path.GetRelativePath(tool.ToolPath, InstalledFolder()).Contains("disclosure.cli.linux-x64", StringComparison.Ordinal),
            $"not the linux-x64 package: {InstalledFolder()}");
        foreach (var assembly in new[] { "Disclosure.Cli.dll", "Disclosure.dll", "Disclosure.Comments.dll" })
        {
            Assert.True(IsReadyToRun(Path.Combine(InstalledFolder(), assembly)), $"{assembly} in the package holds no ReadyToRun code");
        }
        // The check tells the two apart: the same assembly as built for the tests is compiled as it runs.
        Assert.False(IsReadyToRun(Path.Combine(AppContext.BaseDirectory, "Disclosure.Cli.dll")));
    }

    [Fact]
    public async Task Each_commit_raises_the_package_version_and_update_without_a_newer_package_changes_nothing()
    {
        var clone = Path.Combine(_elsewhere, "clone");
        await ChildProcess.SucceedAsync("git", ["clone", "--quiet", RepositoryPaths.Root, clone], _elsewhere);
        var before = await PackageVersionAsync(clone);
        await ChildProcess.SucceedAsync("git", ["-c", "user.name=test", "-c", "user.email=test@example.invalid", "commit", "--quiet", "--allow-empty", "-m", "a pull"], clone);

        var after = await PackageVersionAsync(clone);

        Assert.True(after > before, $"{after} is not newer than {before}");
        // Nothing newer in the folder: update leaves the installed command as it is and says so without failing.
        var update = await ChildProcess.SucceedAsync("dotnet", ["tool", "update", "--tool-path", tool.ToolPath, "--source", tool.Packages, "Disclosure.Cli"], _elsewhere);
        Assert.Contains($"'{await PackageVersionAsync(RepositoryPaths.Root)}'", update);
        Assert.True(File.Exists(tool.Command));
    }

    /// <summary>The version <c>dotnet pack</c> gives the package in a checkout, as the project computes it.</summary>
    private static async Task<Version> PackageVersionAsync(string checkout)
    {
        var output = await ChildProcess.SucceedAsync("dotnet",
            ["msbuild", Path.Combine(checkout, "src", "Disclosure.Cli"), "-t:VersionFromHistory", "-getProperty:PackageVersion"], checkout);
        // One property asked for is printed as it is, not as JSON.
        return Version.Parse(output.Trim());
    }

    /// <summary>The folder the command runs from: inside the tool's store, chosen by <c>dotnet tool install</c> for this platform.</summary>
    private string InstalledFolder() =>
        Path.GetDirectoryName(Directory.EnumerateFiles(Path.Combine(tool.ToolPath, ".store"), "Disclosure.Cli.dll", SearchOption.AllDirectories).Single())!;

    /// <summary>ReadyToRun code sits in a native header the CLI header points at; an assembly compiled as it runs has none.</summary>
    private static bool IsReadyToRun(string assembly)
    {
        using var reader = new PEReader(File.OpenRead(assembly));
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    public void Dispose() => Directory.Delete(_elsewhere, recursive: true);
}
