using System.Collections.Concurrent;
using Disclosure.Markdown.Extensions.AccessibleTables;
using Disclosure.Markdown.Extensions.HeadingIds;
using Disclosure.Markdown.Extensions.HeadingLevels;
using Disclosure.Markdown.Extensions.RawHtml;
using Disclosure.Markdown.Extensions.Redaction;
using Disclosure.Markdown.Extensions.SafeLinks;
using Markdig;

namespace Disclosure.Markdown;

/// <summary>
/// The Markdown pipelines, each built once and shared: Markdig pipelines are immutable and thread-safe. A site
/// needs one, chosen by whether it allows raw HTML and by the language its extensions write in.
/// </summary>
public static class MarkdownPipelines
{
    private static readonly ConcurrentDictionary<(bool AllowHtml, MarkdownWords Words), MarkdownPipeline> Built = new();

    /// <summary>Raw HTML in Markdown is shown as text: staff paste from Word and web pages, and a stray tag must not run.</summary>
    public static MarkdownPipeline Safe => For(allowHtml: false);

    /// <param name="allowHtml">For a site whose site.yml sets <c>allow_html: true</c>: raw HTML is kept, sanitized.</param>
    public static MarkdownPipeline For(bool allowHtml, MarkdownWords? words = null) =>
        Built.GetOrAdd((allowHtml, words ?? MarkdownWords.Japanese), key => Build(key.AllowHtml, key.Words));

    private static MarkdownPipeline Build(bool allowHtml, MarkdownWords words)
    {
        var builder = new MarkdownPipelineBuilder()
            .Use(new RedactionExtension(words))
            .UsePipeTables()
            .UseGridTables()
            .UseListExtras()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseAutoLinks()
            // Before the ids, so that they and everything after them see the levels the page shows.
            .Use<HeadingLevelsExtension>()
            .Use<HeadingIdExtension>()
            .Use<SafeLinksExtension>()
            // After the table extensions, so it finds their renderer to wrap.
            .Use(new AccessibleTablesExtension(words));
        if (allowHtml)
        {
            builder.Use<RawHtmlExtension>();
        }
        else
        {
            builder.DisableHtml();
        }
        return builder.Build();
    }
}
