using Markdig;
using Markdig.Renderers;

namespace Disclosure.Markdown.Extensions.Redaction;

/// <summary>
/// Non-public passages (非公開部分) in minutes and assessments: a block <c>::: redact 理由</c> … <c>:::</c> and an
/// inline <c>{{redact 理由|語句}}</c>. The page shows 「（非公開：理由）」 in their place; the words themselves are
/// kept in the syntax tree only for the build's leak check. Markup where it cannot take effect is an error
/// (<see cref="UnappliedRedactionCheck"/>).
/// </summary>
public sealed class RedactionExtension(MarkdownWords words) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<RedactionBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new RedactionBlockParser());
        }
        if (!pipeline.InlineParsers.Contains<RedactionInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new RedactionInlineParser());
        }
        pipeline.DocumentProcessed -= UnappliedRedactionCheck.Inspect;
        pipeline.DocumentProcessed += UnappliedRedactionCheck.Inspect;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready(new HtmlRedactionBlockRenderer(words));
            html.ObjectRenderers.AddIfNotAlready(new HtmlRedactionInlineRenderer(words));
        }
    }
}
