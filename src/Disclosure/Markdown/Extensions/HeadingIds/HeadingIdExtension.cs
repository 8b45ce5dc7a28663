using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown.Extensions.HeadingIds;

/// <summary>
/// Gives every heading a stable id from its text (see <see cref="HeadingSlug"/>); a repeated heading gets
/// <c>-2</c>, <c>-3</c>… in document order, so ids change only when the headings themselves change.
/// </summary>
public sealed class HeadingIdExtension : DocumentProcessingExtension
{
    protected override void Process(MarkdownDocument document)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var slug = HeadingSlug.From(heading.Inline is null ? "" : PlainText(heading.Inline));
            var id = slug;
            for (var n = 2; !used.Add(id); n++)
            {
                id = $"{slug}-{n}";
            }
            heading.GetAttributes().Id = id;
        }
    }

    private static string PlainText(ContainerInline inline) =>
        string.Concat(inline.Descendants<LeafInline>().Select(leaf => leaf switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        }));
}
