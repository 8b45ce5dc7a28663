using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Disclosure.Markdown.Extensions.AccessibleTables;

/// <summary>Replaces the table renderer with <see cref="AccessibleTableRenderer"/>, which wraps the original.</summary>
public sealed class AccessibleTablesExtension(MarkdownWords words) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= TableNumbering.Assign;
        pipeline.DocumentProcessed += TableNumbering.Assign;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } tables)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new AccessibleTableRenderer(tables, words));
        }
    }
}
