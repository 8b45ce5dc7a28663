using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>
/// The <c>disclosure</c> command packed from this repository and installed from the package, as the README has staff
/// do it, but into folders of the test's own (<c>--tool-path</c> rather than the user's <c>~/.dotnet/tools</c>). Packing
/// compiles ReadyToRun code and takes a minute or two, so it is done once for all the tests that use it.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    public string Root { get; } = Directory.CreateTempSubdirectory("disclosure-tool-").FullName;

    public string Packages => Path.Combine(Root, "packages");

    public string ToolPath => Path.Combine(Root, "tools");

    public string Command => Path.Combine(ToolPath, "disclosure");

    public async Task InitializeAsync()
    {
        await ChildProcess.SucceedAsync("dotnet", ["pack", "src/Disclosure.Cli", "-o", Packages], RepositoryPaths.Root);
        await ChildProcess.SucceedAsync("dotnet", ["tool", "install", "--tool-path", ToolPath, "--source", Packages, "Disclosure.Cli"], RepositoryPaths.Root);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Root, recursive: true);
        return Task.CompletedTask;
    }
}
