using System.Collections.Concurrent;
using Disclosure.Markdown.Extensions.AccessibleTables;
using Disclosure.Markdown.Extensions.EastAsianLineBreaks;
using Disclosure.Markdown.Extensions.HeadingIds;
using Disclosure.Markdown.Extensions.HeadingLevels;
using Disclosure.Markdown.Extensions.RawHtml;
using Disclosure.Markdown.Extensions.Redaction;
using Disclosure.Markdown.Extensions.SafeLinks;
using Disclosure.Markdown.Extensions.TableCellLineBreaks;
using Markdig;

namespace Disclosure.Markdown;

/// <summary>
/// The Markdown pipelines, each built once and shared: Markdig pipelines are immutable and thread-safe. A site
/// needs one, chosen by whether it allows raw HTML, whether it joins lines of East Asian text, and by the language its
/// extensions write in.
/// </summary>
public static class MarkdownPipelines
{
    private static readonly ConcurrentDictionary<(bool AllowHtml, bool EastAsianLineBreaks, MarkdownWords Words), MarkdownPipeline> Built = new();

    /// <param name="allowHtml">
    /// False: raw HTML in Markdown is shown as text, as staff paste from Word and web pages and a stray tag must not run.
    /// True, for a site whose site.yml sets <c>allow_html: true</c>: raw HTML is kept, sanitized.
    /// </param>
    /// <param name="eastAsianLineBreaks">
    /// A line break between two East Asian wide characters is removed (<see cref="EastAsianLineBreaksExtension"/>):
    /// what a Japanese site does unless its site.yml sets <c>markdown: {east_asian_line_breaks: false}</c>.
    /// </param>
    public static MarkdownPipeline For(bool allowHtml, bool eastAsianLineBreaks = true, MarkdownWords? words = null) =>
        Built.GetOrAdd((allowHtml, eastAsianLineBreaks, words ?? MarkdownWords.Japanese), key => Build(key.AllowHtml, key.EastAsianLineBreaks, key.Words));

    private static MarkdownPipeline Build(bool allowHtml, bool eastAsianLineBreaks, MarkdownWords words)
    {
        var builder = new MarkdownPipelineBuilder()
            .Use(new RedactionExtension(words))
            .UsePipeTables()
            .UseGridTables()
            .UseListExtras()
            .UseEmphasisExtras()
            .UseFootnotes()
            .UseAutoLinks()
            // Before the raw-HTML rule, so a <br> it turns into a line break is not raw HTML any more.
            .Use<TableCellLineBreaksExtension>()
            // Before the ids, so that they and everything after them see the levels the page shows.
            .Use<HeadingLevelsExtension>()
            .Use<HeadingIdExtension>()
            .Use<SafeLinksExtension>()
            // After the table extensions, so it finds their renderer to wrap.
            .Use(new AccessibleTablesExtension(words));
        if (eastAsianLineBreaks)
        {
            builder.Use(new EastAsianLineBreaksExtension(words));
        }
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
