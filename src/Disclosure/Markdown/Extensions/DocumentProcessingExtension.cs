using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Disclosure.Markdown.Extensions;

/// <summary>
/// An extension that works on a document's whole syntax tree once it is parsed — giving ids, checking links — and
/// needs no parser or renderer of its own.
/// </summary>
public abstract class DocumentProcessingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= Process;
        pipeline.DocumentProcessed += Process;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    protected abstract void Process(MarkdownDocument document);
}
