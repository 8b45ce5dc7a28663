using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown.Extensions.Redaction;

/// <summary>A non-public phrase inside a sentence: <c>{{redact 理由|伏せる語句}}</c>. Its text is never rendered.</summary>
public sealed class RedactionInline : LeafInline
{
    public string Reason { get; init; } = "";

    public string Text { get; init; } = "";
}
