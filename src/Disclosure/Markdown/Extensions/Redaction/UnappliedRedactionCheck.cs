using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown.Extensions.Redaction;

/// <summary>
/// Finds redaction markup that cannot take effect — inside code, a link's address or title, raw HTML, or written so
/// that it was not recognised — where its words would be published as they stand. Each is an error, except in code
/// an example written with a backslash before it (<c>\{{redact 理由|語句}}</c>), which is shown without the backslash.
/// </summary>
public static class UnappliedRedactionCheck
{
    private const string Malformed =
        "非公開の印の書き方が正しくないため働かず、語句がそのまま公開されます。{{redact 理由|語句}} の形（半角の波かっこ、理由と語句を「|」で区切り、「}}」で閉じる）で書いてください。例として見せる場合は直前に \\ を付けてください。";

    public static void Inspect(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LeafBlock { Inline: { } inline } leaf:
                    InspectText(document, leaf, inline);
                    break;
                case CodeBlock code:
                    InspectCode(document, code);
                    break;
                case HtmlBlock html:
                    for (var i = 0; i < html.Lines.Count; i++)
                    {
                        Refuse(document, html.Lines.Lines[i].Line, html.Lines.Lines[i].Slice.ToString(), "HTML");
                    }
                    break;
                case CodeInline code:
                    var (shown, remaining) = RedactionSyntax.SeparateExamples(code.Content);
                    if (!Refuse(document, code.Line, remaining, "コード"))
                    {
                        code.Content = shown;
                    }
                    break;
                case HtmlInline html:
                    Refuse(document, html.Line, html.Tag, "HTML");
                    break;
                case LinkInline link:
                    Refuse(document, link.Line, link.Url, "リンク先の URL");
                    Refuse(document, link.Line, link.Title, "リンクのタイトル");
                    break;
                case AutolinkInline autolink:
                    Refuse(document, autolink.Line, autolink.Url, "リンク先の URL");
                    break;
                case LinkReferenceDefinition definition:
                    Refuse(document, definition.Line, definition.Url, "リンク先の URL");
                    Refuse(document, definition.Line, definition.Title, "リンクのタイトル");
                    break;
            }
        }
    }

    /// <summary>
    /// Markup the inline parser did not take is left as literal text. Each literal is checked, then the paragraph as
    /// a whole, for markup broken up by other syntax; an escaped first character is Markdown's own example syntax.
    /// </summary>
    private static void InspectText(MarkdownDocument document, LeafBlock leaf, ContainerInline inline)
    {
        // Most paragraphs hold no brace or colon at all: nothing to look at, nothing to allocate.
        if (!inline.Descendants<LiteralInline>().Any(l => l.Content.AsSpan().IndexOfAny("{｛:：") >= 0))
        {
            return;
        }
        var paragraph = new StringBuilder();
        foreach (var literal in inline.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            var unescaped = literal.IsFirstCharacterEscaped && text.Length > 0 ? text[1..] : text;
            if (RedactionSyntax.Mentions(unescaped))
            {
                MarkdownFindings.Error(document, literal.Line, Malformed);
                return;
            }
            paragraph.Append(unescaped);
        }
        if (RedactionSyntax.Mentions(paragraph.ToString()))
        {
            MarkdownFindings.Error(document, leaf.Line, Malformed);
        }
    }

    private static void InspectCode(MarkdownDocument document, CodeBlock code)
    {
        if (code is FencedCodeBlock fenced)
        {
            Refuse(document, fenced.Line, fenced.Info, "コードの言語名");
            Refuse(document, fenced.Line, fenced.Arguments, "コードの言語名");
        }
        var lines = code.Lines.Lines;
        for (var i = 0; i < code.Lines.Count; i++)
        {
            var (shown, remaining) = RedactionSyntax.SeparateExamples(lines[i].Slice.ToString());
            if (!Refuse(document, lines[i].Line, remaining, "コード") && shown.Length != lines[i].Slice.Length)
            {
                lines[i].Slice = new StringSlice(shown);
            }
        }
    }

    /// <returns>True when the text holds markup, which has been reported.</returns>
    private static bool Refuse(MarkdownDocument document, int line, string? text, string where)
    {
        if (text is null || !RedactionSyntax.Mentions(text))
        {
            return false;
        }
        MarkdownFindings.Error(document, line,
            $"非公開の印が{where}の中にあるため働かず、語句がそのまま公開されます。{where}の外に書いてください。"
            + (where == "コード" ? "書き方の例として見せる場合は、直前に \\ を付けてください（\\{{redact 理由|語句}}）。" : ""));
        return true;
    }
}
