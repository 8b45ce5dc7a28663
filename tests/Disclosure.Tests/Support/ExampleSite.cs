using Disclosure.Testing;
using Disclosure.Pipeline;
using Disclosure.Time;

namespace Disclosure.Tests.Support;

/// <summary>The repository's example content (<c>content/</c>), built once into a temporary output for a pinned day.</summary>
public abstract class ExampleSite(DateOnly today) : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "disclosure-example-" + Guid.NewGuid().ToString("N"));
    private BuildResult? _result;

    public DateOnly Today { get; } = today;

    public string OutputDirectory => Path.Combine(_root, "output");

    public BuildResult Result => _result ?? throw new InvalidOperationException("Not built.");

    public string OutputPath(string relativePath) => Path.Combine(OutputDirectory, relativePath);

    public AngleSharp.Dom.IDocument Page(string relativePath) => HtmlPage.Load(OutputPath(relativePath));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);
        _result = await new SiteBuilder(new BuildOptions
        {
            ContentDirectory = RepositoryPaths.Content,
            ThemeDirectory = RepositoryPaths.Theme,
            OutputDirectory = OutputDirectory,
            Now = TokyoTime.StartOf(Today),
        }).BuildAsync();
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }
}

/// <summary>The example site on 2026-11-30, while the national health insurance comment period is open.</summary>
public sealed class ExampleSiteDuringPeriod() : ExampleSite(new DateOnly(2026, 11, 30));

/// <summary>The example site on 2026-10-01, before that comment period opens.</summary>
public sealed class ExampleSiteBeforePeriod() : ExampleSite(new DateOnly(2026, 10, 1));

[CollectionDefinition(Name)]
public sealed class ExampleSiteCollection : ICollectionFixture<ExampleSiteDuringPeriod>, ICollectionFixture<ExampleSiteBeforePeriod>
{
    public const string Name = "Example site";
}
