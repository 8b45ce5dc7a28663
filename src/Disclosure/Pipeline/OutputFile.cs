namespace Disclosure.Pipeline;

/// <summary>A file of the built site: text or bytes produced by the build, or a file copied as it is.</summary>
public sealed record OutputFile(string Path, string? Text, string? CopyFrom, byte[]? Bytes = null)
{
    public static OutputFile FromText(string path, string text) => new(path, text, null);

    public static OutputFile FromBytes(string path, byte[] bytes) => new(path, null, null, bytes);

    public static OutputFile Copy(string path, string source) => new(path, null, source);

    /// <summary>The file's content as text, for checks that read every file (the redaction leak check).</summary>
    public string ReadText() => Text ?? System.Text.Encoding.UTF8.GetString(Bytes ?? File.ReadAllBytes(CopyFrom!));
}
