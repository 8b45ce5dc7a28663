using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Disclosure.Markdown.Extensions.Redaction;

public sealed class HtmlRedactionBlockRenderer(MarkdownWords words) : HtmlObjectRenderer<RedactionBlock>
{
    protected override void Write(HtmlRenderer renderer, RedactionBlock block)
    {
        renderer.EnsureLine();
        renderer.Write("<p class=\"redacted\">").WriteEscape(words.Placeholder(block.Reason)).WriteLine("</p>");
    }
}
