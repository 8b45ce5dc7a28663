using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Disclosure.Markdown.Extensions.Redaction;

public sealed class HtmlRedactionInlineRenderer(MarkdownWords words) : HtmlObjectRenderer<RedactionInline>
{
    protected override void Write(HtmlRenderer renderer, RedactionInline inline)
    {
        // Inside an image's alt text only plain text may be written.
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("<span class=\"redacted\">").WriteEscape(words.Placeholder(inline.Reason)).Write("</span>");
        }
        else
        {
            renderer.WriteEscape(words.Placeholder(inline.Reason));
        }
    }
}
