using Disclosure.Testing;

namespace Disclosure.Cli.Tests;

/// <summary>A throwaway copy of the example content, for commands that write into a content folder.</summary>
public sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        Root = Directory.CreateTempSubdirectory("disclosure-cli-").FullName;
        FolderCopy.Copy(RepositoryPaths.Content, Content);
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "output");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
