using Disclosure.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown.Extensions.SafeLinks;

/// <summary>
/// Refuses links that would run something rather than go somewhere (<c>javascript:</c>, <c>data:</c>,
/// <c>vbscript:</c> …) in every form Markdown has for them: links, images, autolinks and reference definitions.
/// Each is an error, so the page is never written with it.
/// </summary>
public sealed class SafeLinksExtension : DocumentProcessingExtension
{
    protected override void Process(MarkdownDocument document) => SyntaxWalk.Visit(document, node =>
    {
        var (line, url) = node switch
        {
            LinkInline link => (link.Line, link.Url),
            AutolinkInline autolink => (autolink.Line, autolink.Url),
            LinkReferenceDefinition definition => (definition.Line, definition.Url),
            _ => (0, null),
        };
        if (!SafeUrl.IsSafe(url))
        {
            MarkdownFindings.Error(document, line,
                $"リンク先に「{SafeUrl.Scheme(url)}:」は使えません（使えるのは {SafeUrl.AllowedList}）。スクリプトなどを動かすリンクは公開できません。");
        }
    });
}
