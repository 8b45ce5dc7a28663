using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Disclosure.Markdown;

/// <summary>
/// Visits every node of a parsed document — blocks, then the inlines of each — in document order, by plain loops
/// over the tree: the checks that look at every node of ten thousand documents should not allocate an iterator
/// for every container on the way.
/// </summary>
public static class SyntaxWalk
{
    public static void Visit(MarkdownObject node, Action<MarkdownObject> visit)
    {
        visit(node);
        switch (node)
        {
            case ContainerBlock blocks:
                for (var i = 0; i < blocks.Count; i++)
                {
                    Visit(blocks[i], visit);
                }
                break;
            case LeafBlock { Inline: { } inline }:
                Visit(inline, visit);
                break;
            case ContainerInline inlines:
                for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                {
                    Visit(child, visit);
                }
                break;
        }
    }
}
