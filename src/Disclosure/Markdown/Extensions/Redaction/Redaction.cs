namespace Disclosure.Markdown.Extensions.Redaction;

/// <summary>The words the site shows in place of a non-public passage: 「（非公開：理由）」.</summary>
public static class Redaction
{
    public static string Placeholder(string reason) => reason.Length == 0 ? "（非公開）" : $"（非公開：{reason}）";

    /// <summary>The keywords that open a redaction, in English and Japanese.</summary>
    public static readonly string[] Keywords = ["redact", "非公開"];
}
