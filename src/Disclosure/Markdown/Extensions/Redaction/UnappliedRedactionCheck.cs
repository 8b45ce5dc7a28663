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

    public static void Inspect(MarkdownDocument document) => SyntaxWalk.Visit(document, node => Inspect(document, node));

    private static void Inspect(MarkdownDocument document, MarkdownObject node)
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
                RefuseInLink(document, link.Line, link.Url, link.Title);
                break;
            case LinkReferenceDefinition definition:
                RefuseInLink(document, definition.Line, definition.Url, definition.Title);
                break;
            case AutolinkInline autolink:
                Refuse(document, autolink.Line, autolink.Url, "リンク先のURL");
                break;
        }
    }

    /// <summary>
    /// Markup the inline parser did not take is left as literal text. Each literal is checked, then the paragraph as
    /// a whole, for markup broken up by other syntax; an escaped first character is Markdown's own example syntax.
    /// </summary>
    private static void InspectText(MarkdownDocument document, LeafBlock leaf, ContainerInline inline)
    {
        var marks = new MarkupMarks();
        if (FirstMalformedLiteral(inline, ref marks) is { } literal)
        {
            MarkdownFindings.Error(document, literal.Line, Malformed);
        }
        // Markup broken up by emphasis or a link still has its braces or colons; without any there is nothing to join.
        else if ((marks.Brace || marks.Colons >= 3) && RedactionSyntax.Mentions(Joined(inline, new StringBuilder()).ToString()))
        {
            MarkdownFindings.Error(document, leaf.Line, Malformed);
        }
    }

    /// <summary>The first literal holding markup, walking the inlines without allocating; counts the braces and colons of the rest.</summary>
    private static LiteralInline? FirstMalformedLiteral(ContainerInline container, ref MarkupMarks marks)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline literal)
            {
                var text = Unescaped(literal);
                if (RedactionSyntax.MayHoldMarkup(text) && RedactionSyntax.Mentions(text.ToString()))
                {
                    return literal;
                }
                marks.Brace |= RedactionSyntax.HasBrace(text);
                marks.Colons += text.Count(':') + text.Count('：');
            }
            else if (child is ContainerInline nested && FirstMalformedLiteral(nested, ref marks) is { } found)
            {
                return found;
            }
        }
        return null;
    }

    private static StringBuilder Joined(ContainerInline container, StringBuilder text)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            _ = child switch
            {
                LiteralInline literal => text.Append(Unescaped(literal)),
                ContainerInline nested => Joined(nested, text),
                _ => text,
            };
        }
        return text;
    }

    private static ReadOnlySpan<char> Unescaped(LiteralInline literal)
    {
        var text = literal.Content.AsSpan();
        return literal.IsFirstCharacterEscaped && text.Length > 0 ? text[1..] : text;
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

    private static void RefuseInLink(MarkdownDocument document, int line, string? url, string? title)
    {
        Refuse(document, line, url, "リンク先のURL");
        Refuse(document, line, title, "リンクのタイトル");
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

    /// <summary>What the literals of a paragraph hold of the markup's marks, for markup broken up across them.</summary>
    private struct MarkupMarks
    {
        public bool Brace;
        public int Colons;
    }
}
