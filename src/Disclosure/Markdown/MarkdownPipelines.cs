using Disclosure.Markdown.Extensions.AccessibleTables;
using Disclosure.Markdown.Extensions.HeadingIds;
using Disclosure.Markdown.Extensions.Redaction;
using Markdig;

namespace Disclosure.Markdown;

/// <summary>The two Markdown pipelines, built once and shared: Markdig pipelines are immutable and thread-safe.</summary>
public static class MarkdownPipelines
{
    /// <summary>Raw HTML in Markdown is shown as text: staff paste from Word and web pages, and a stray tag must not run.</summary>
    public static readonly MarkdownPipeline Safe = Build(allowHtml: false);

    /// <summary>For a site whose site.yml sets <c>allow_html: true</c>.</summary>
    public static readonly MarkdownPipeline WithHtml = Build(allowHtml: true);

    public static MarkdownPipeline For(bool allowHtml) => allowHtml ? WithHtml : Safe;

    private static MarkdownPipeline Build(bool allowHtml)
    {
        var builder = new MarkdownPipelineBuilder()
            .Use<RedactionExtension>()
            .UsePipeTables()
            .UseGridTables()
            .UseListExtras()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseAutoLinks()
            .Use<HeadingIdExtension>()
            // After the table extensions, so it finds their renderer to wrap.
            .Use<AccessibleTablesExtension>();
        if (!allowHtml)
        {
            builder.DisableHtml();
        }
        return builder.Build();
    }
}
