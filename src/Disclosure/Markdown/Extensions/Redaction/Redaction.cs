namespace Disclosure.Markdown.Extensions.Redaction;

public static class Redaction
{
    /// <summary>The keywords that open a redaction, in English and Japanese.</summary>
    public static readonly string[] Keywords = ["redact", "非公開"];
}
