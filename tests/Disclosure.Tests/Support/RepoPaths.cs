namespace Disclosure.Tests.Support;

/// <summary>Folders of the repository the tests run from, found by walking up to Disclosure.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string DefaultTheme => Path.Combine(Root, "themes", "default");

    public static string ExampleContent => Path.Combine(Root, "content");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Disclosure.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"Disclosure.sln not found above {AppContext.BaseDirectory}.");
    }
}
