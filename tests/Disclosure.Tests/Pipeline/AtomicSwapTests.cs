using Disclosure.Tests.Support;

namespace Disclosure.Tests.Pipeline;

/// <summary>The output folder is replaced as a whole: the new site, nothing left of the old one, no staging folders.</summary>
public sealed class AtomicSwapTests
{
    [Fact]
    public async Task RebuildReplacesTheOutputAndRemovesStaleFiles()
    {
        using var site = TempSite.With(("assessments/old.md", SampleContent.Assessment(title: "古い評価書")));
        await site.BuildSuccessfullyAsync();
        Assert.True(site.OutputExists("assessments/old/index.html"));
        File.WriteAllText(site.OutputPath("stale.html"), "stale");
        Directory.CreateDirectory(site.OutputPath("stale-folder"));
        File.WriteAllText(site.OutputPath("stale-folder/index.html"), "stale");

        File.Delete(Path.Combine(site.ContentDirectory, "assessments", "old.md"));
        site.Write("assessments/new.md", SampleContent.Assessment(title: "新しい評価書"));
        await site.BuildSuccessfullyAsync();

        Assert.True(site.OutputExists("assessments/new/index.html"));
        Assert.True(site.OutputExists("index.html"));
        Assert.True(site.OutputExists("assets/site.css"));
        Assert.False(site.OutputExists("assessments/old/index.html"));
        Assert.False(site.OutputExists("stale.html"));
        Assert.False(Directory.Exists(site.OutputPath("stale-folder")));
        Assert.Empty(OutputSnapshot.StagingFolders(site.Root));
        Assert.Equal(new[] { "content", "output" }, Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryFileTheBuildCountsIsInTheOutput()
    {
        using var site = TempSite.With(("assessments/x.md", SampleContent.Assessment()));

        var result = await site.BuildSuccessfullyAsync();

        Assert.Equal(result.FilesWritten, OutputSnapshot.Of(site.OutputDirectory).Count);
        Assert.True(result.PagesWritten > 0);
        Assert.Equal(result.PagesWritten, OutputSnapshot.Of(site.OutputDirectory).Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal)));
    }
}
