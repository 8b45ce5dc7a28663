using Disclosure.Testing;
using Disclosure.Pipeline;
using Disclosure.Time;

namespace Disclosure.Tests.Support;

/// <summary>
/// A content folder written to a fresh temporary directory (site.yml plus the given files), built into an output
/// folder beside it. Everything is deleted on dispose.
/// </summary>
public sealed class TempSite : IDisposable
{
    public static readonly DateOnly DefaultToday = new(2026, 11, 30);

    private TempSite(string root)
    {
        Root = root;
        ContentDirectory = Path.Combine(root, "content");
        OutputDirectory = Path.Combine(root, "output");
        Directory.CreateDirectory(ContentDirectory);
    }

    /// <summary>The temporary folder holding <c>content/</c> and <c>output/</c>.</summary>
    public string Root { get; }

    public string ContentDirectory { get; }

    public string OutputDirectory { get; }

    /// <summary>Writes <paramref name="files"/> (content-relative path → text) and a minimal site.yml unless one is given.</summary>
    public static TempSite With(params (string Path, string Text)[] files) => With(SampleContent.SiteYml(), files);

    public static TempSite With(string siteYml, params (string Path, string Text)[] files)
    {
        var site = new TempSite(Path.Combine(Path.GetTempPath(), "disclosure-tests-" + Guid.NewGuid().ToString("N")));
        site.Write("site.yml", siteYml);
        foreach (var (path, text) in files)
        {
            site.Write(path, text);
        }
        return site;
    }

    public void Write(string relativePath, string text)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>The path diagnostics name a content file by: the content folder as given, a slash, the relative path.</summary>
    public string DisplayPath(string relativePath) => $"{ContentDirectory}/{relativePath}".Replace('\\', '/');

    public BuildOptions Options(DateOnly? today = null, bool includeDrafts = false) => new()
    {
        ContentDirectory = ContentDirectory,
        ThemeDirectory = RepositoryPaths.Theme,
        OutputDirectory = OutputDirectory,
        Now = TokyoTime.StartOf(today ?? DefaultToday),
        IncludeDrafts = includeDrafts,
    };

    public Task<BuildResult> BuildAsync(DateOnly? today = null, bool includeDrafts = false) =>
        new SiteBuilder(Options(today, includeDrafts)).BuildAsync();

    /// <summary>Builds and fails the test, listing the diagnostics, unless the build succeeded.</summary>
    public async Task<BuildResult> BuildSuccessfullyAsync(DateOnly? today = null, bool includeDrafts = false)
    {
        var result = await BuildAsync(today, includeDrafts);
        Assert.True(result.Succeeded, "The build failed:\n" + string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>
    /// Puts a previous site (with a marker file) in the output folder, then builds, recording the output folder
    /// before and after so a test can prove a failed build left it exactly as it was.
    /// </summary>
    public async Task<BuildOverPreviousOutput> BuildOverPreviousOutputAsync(DateOnly? today = null, bool includeDrafts = false)
    {
        Directory.CreateDirectory(Path.Combine(OutputDirectory, "assessments"));
        File.WriteAllText(Path.Combine(OutputDirectory, BuildOverPreviousOutput.MarkerFile), "marker");
        File.WriteAllText(Path.Combine(OutputDirectory, "assessments", "index.html"), "<p>previous site</p>");
        var before = OutputSnapshot.Of(OutputDirectory);

        var result = await BuildAsync(today, includeDrafts);

        return new BuildOverPreviousOutput(result, OutputDirectory, before, OutputSnapshot.Of(OutputDirectory), OutputSnapshot.StagingFolders(Root));
    }

    /// <summary>Builds over a previous output, asserting that the build fails and leaves that output untouched.</summary>
    public async Task<BuildResult> BuildFailingAsync(DateOnly? today = null, bool includeDrafts = false)
    {
        var build = await BuildOverPreviousOutputAsync(today, includeDrafts);
        build.AssertFailedAndOutputUntouched();
        return build.Result;
    }

    public string ReadOutput(string relativePath) => File.ReadAllText(OutputPath(relativePath));

    public bool OutputExists(string relativePath) => File.Exists(OutputPath(relativePath));

    public string OutputPath(string relativePath) => Path.Combine(OutputDirectory, relativePath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
