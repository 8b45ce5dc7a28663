using Disclosure.Diagnostics;
using Disclosure.Reading;
using Disclosure.Yaml;

namespace Disclosure.Tests.Support;

/// <summary>Runs a parser on text as if it were a content file, without a build.</summary>
public sealed class Parsing
{
    public const string ContentDirectory = "content";

    public DiagnosticBag Diagnostics { get; } = new();

    public static SourceFile File(string relativePath, string text) =>
        new(relativePath, $"{ContentDirectory}/{relativePath}", Path.GetFullPath(Path.Combine(ContentDirectory, relativePath)), text);

    public DocumentSource Open(string relativePath, string text)
    {
        var id = Path.GetFileNameWithoutExtension(relativePath) is "index"
            ? Path.GetFileName(Path.GetDirectoryName(relativePath)!)
            : Path.GetFileNameWithoutExtension(relativePath);
        var source = DocumentSource.Open(id, File(relativePath, text), Diagnostics);
        Assert.True(source is not null, "The file could not be opened:\n" + string.Join("\n", Diagnostics.Sorted()));
        return source!;
    }

    public IReadOnlyList<Diagnostic> All => Diagnostics.Sorted();

    public void AssertNoDiagnostics() => Assert.True(All.Count == 0, "Unexpected diagnostics:\n" + string.Join("\n", All));
}
