namespace Disclosure.Pipeline;

/// <summary>A file of the built site: either text produced by the build or a file copied as it is.</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom)
{
    public static OutputFile FromText(string path, string text) => new(path, text, null);

    public static OutputFile Copy(string path, string source) => new(path, null, source);
}
