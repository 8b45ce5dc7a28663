using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Markdown.Extensions.HeadingLevels;
using Disclosure.Markdown.Extensions.RawHtml;
using Disclosure.Markdown.Extensions.Redaction;
using Markdig;
using Markdig.Syntax;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown;

/// <summary>
/// Renders a document's Markdown body. Links are rewritten on the syntax tree, not in the HTML text:
/// a link to a source file (<c>../meetings/x.md</c>) becomes the URL of its page, a relative URL becomes
/// site-absolute, and each link keeps the line it was written on for later validation.
/// </summary>
/// <param name="pageBySourcePath">Every content file's page (its URL) by the file's path in the content folder.</param>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, IReadOnlyDictionary<string, string> pageBySourcePath, DiagnosticBag diagnostics, MarkdownWords? words = null)
{
    public RenderedMarkdown Render(ContentDocument document) => Render(document, document.Body, document.BodyFirstLine);

    /// <summary>Renders a Markdown fragment that belongs to a document, e.g. a YAML field written in Markdown.</summary>
    public RenderedMarkdown Render(ContentDocument document, string markdown, int firstLine)
    {
        if (Parse(document, markdown, firstLine) is not { } syntax)
        {
            return RenderedMarkdown.Empty;
        }
        var links = new List<MarkdownLink>();
        foreach (var link in syntax.Descendants<LinkInline>())
        {
            if (link.Url is { Length: > 0 } url)
            {
                var line = firstLine + link.Line;
                var sitePath = Resolve(document, url, line);
                if (sitePath is not null)
                {
                    link.Url = sitePath;
                }
                links.Add(new MarkdownLink(url, sitePath, line));
            }
        }
        // Each heading's visible words are worked out once, for the table of contents and the search alike.
        var shown = syntax.Descendants<HeadingBlock>().Where(h => h.Inline is not null)
            .Select(h => (Block: h, Text: h.Level <= HeadingLevelsExtension.TopLevel + 2 ? MarkdownVisibleText.Of(h.Inline!, words ?? MarkdownWords.Japanese) : ""))
            .ToList();
        var sections = shown.Where(h => h.Block.Level == HeadingLevelsExtension.TopLevel).Select(h => PlainText(h.Block.Inline!)).ToList();
        var headings = shown
            .Where(h => h.Block.Level <= HeadingLevelsExtension.TopLevel + 1 && h.Block.GetAttributes().Id is not null)
            .Select(h => new DocumentHeading(h.Block.Level, h.Block.GetAttributes().Id!, h.Text))
            .ToList();
        var searchHeadings = shown.Where(h => h.Block.Level <= HeadingLevelsExtension.TopLevel + 2).Select(h => h.Text).ToList();
        return new RenderedMarkdown(RawHtmlExtension.Sanitize(syntax, syntax.ToHtml(pipeline)), links, sections, headings, searchHeadings, Redactions(document, syntax, firstLine));
    }

    /// <summary>Parses the text, reporting what the extensions found; null when it is nested too deeply to render.</summary>
    private MarkdownDocument? Parse(ContentDocument document, string markdown, int firstLine)
    {
        if (MarkdownNesting.Parse(markdown, pipeline, out var tooDeepAt) is not { } syntax)
        {
            diagnostics.Error(document.Source.DisplayPath, firstLine + tooDeepAt, MarkdownNesting.Message);
            return null;
        }
        foreach (var finding in MarkdownFindings.Of(syntax))
        {
            var path = document.Source.DisplayPath;
            if (finding.Severity == DiagnosticSeverity.Error)
            {
                diagnostics.Error(path, firstLine + finding.Line, finding.Message);
            }
            else
            {
                diagnostics.Warning(path, firstLine + finding.Line, finding.Message);
            }
        }
        return syntax;
    }

    private List<RedactedPassage> Redactions(ContentDocument document, MarkdownDocument syntax, int firstLine)
    {
        var passages = new List<RedactedPassage>();
        foreach (var block in syntax.Descendants<RedactionBlock>())
        {
            if (!block.IsClosed)
            {
                diagnostics.Error(document.Source.DisplayPath, firstLine + block.Line,
                    "非公開部分「::: redact」を閉じる「:::」がありません。このままでは文書の最後まで非公開になります。");
            }
            // What a reader would have seen of the passage: its text without Markdown marks, line by line. The passage
            // is not shown, but its words are told apart only if it parses, so the body's nesting limit holds in it too.
            if (MarkdownNesting.Parse(block.Lines.ToString(), MarkdownPlainText.Pipeline, out var tooDeepAt) is not { } passage)
            {
                diagnostics.Error(document.Source.DisplayPath, firstLine + block.Line + 1 + tooDeepAt, MarkdownNesting.Message);
                continue;
            }
            var plain = MarkdownPlainText.Of(passage);
            passages.AddRange(plain.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(text => new RedactedPassage(text, firstLine + block.Line)));
        }
        passages.AddRange(syntax.Descendants<RedactionInline>().Select(r => new RedactedPassage(r.Text.Trim(), firstLine + r.Line)));
        return passages;
    }

    private static string PlainText(ContainerInline inline) =>
        string.Concat(inline.Descendants<LeafInline>().Select(leaf => leaf switch
        {
            LiteralInline literal => literal.Content.ToString(),
            LineBreakInline => " ",
            _ => "",
        })).Trim();

    private string? Resolve(ContentDocument document, string url, int line)
    {
        if (LinkTarget.IsExternal(url))
        {
            return null;
        }
        if (!LinkTarget.IsSourceFile(url))
        {
            return LinkTarget.ResolveUrl(document.Url, url);
        }

        var sourcePath = LinkTarget.ResolveSourcePath(document.Source.RelativePath, url);
        LinkTarget.StripFragment(url, out var fragment);
        if (pageBySourcePath.TryGetValue(sourcePath, out var page))
        {
            return page + fragment;
        }
        diagnostics.Error(document.Source.DisplayPath, line, $"リンク先のファイル「{url}」（content/{sourcePath}）がありません。");
        return null;
    }
}
