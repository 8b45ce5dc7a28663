using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Disclosure.Markdown;

/// <summary>Markdown as a reader sees its words, without marks: what <see cref="Markdig.Markdown.ToPlainText(string, MarkdownPipeline?, MarkdownParserContext?)"/> gives, for text already parsed.</summary>
public static class MarkdownPlainText
{
    /// <summary>Markdig's default pipeline: a passage's words, whatever our extensions would make of them.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static string Of(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }
}
