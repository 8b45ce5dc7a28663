using Disclosure.Pipeline;

namespace Disclosure.Tests.Support;

/// <summary>A build run over an output folder that already held a site, with that folder's files before and after.</summary>
public sealed record BuildOverPreviousOutput(
    BuildResult Result,
    string OutputDirectory,
    IReadOnlyDictionary<string, string> Before,
    IReadOnlyDictionary<string, string> After,
    IReadOnlyList<string> LeftoverStagingFolders)
{
    public const string MarkerFile = "previous-build.marker";

    public void AssertFailedAndOutputUntouched()
    {
        Assert.False(Result.Succeeded, "The build should have failed but succeeded.");
        Assert.True(Result.ErrorCount > 0, "A failed build must report at least one error.");
        Assert.True(File.Exists(Path.Combine(OutputDirectory, MarkerFile)), "The marker file of the previous build is gone.");
        Assert.Equal(Before, After);
        Assert.Empty(LeftoverStagingFolders);
    }
}
