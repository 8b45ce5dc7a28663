using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown.Extensions.RawHtml;

/// <summary>
/// For a site that allows raw HTML in Markdown: each piece of HTML is checked on its own, so that whatever the
/// sanitizer will drop is a warning on its line; the rendered document is then sanitized as a whole
/// (<see cref="Sanitize"/>), where the pieces are in their places.
/// </summary>
public sealed class RawHtmlExtension : DocumentProcessingExtension
{
    private static readonly object Key = typeof(RawHtmlExtension);

    /// <summary>The rendered HTML of a document, sanitized when it holds raw HTML (and returned as it is otherwise).</summary>
    public static string Sanitize(MarkdownDocument document, string html) =>
        document.GetData(Key) is true ? RawHtmlSanitizer.Sanitize(html) : html;

    protected override void Process(MarkdownDocument document)
    {
        SyntaxWalk.Visit(document, node =>
        {
            var (line, html) = node switch
            {
                HtmlBlock block => (block.Line, block.Lines.ToString()),
                HtmlInline inline => (inline.Line, inline.Tag),
                _ => (0, null),
            };
            if (html is null)
            {
                return;
            }
            document.SetData(Key, true);
            RawHtmlSanitizer.Sanitize(html, removed => MarkdownFindings.Warning(document, line,
                $"HTML から{removed}を取り除いて公開します（スクリプトなどを動かすおそれがあるため）。"));
        });
    }
}
