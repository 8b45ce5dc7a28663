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
    public static void Visit(MarkdownObject node, Action<MarkdownObject> visit) =>
        Find(node, (found, _) =>
        {
            visit(found);
            return false;
        });

    /// <summary>The first node, in document order, for which <paramref name="match"/> holds, given the node and its depth (the start is 0).</summary>
    public static MarkdownObject? Find(MarkdownObject node, Func<MarkdownObject, int, bool> match, int depth = 0)
    {
        if (match(node, depth))
        {
            return node;
        }
        switch (node)
        {
            case ContainerBlock blocks:
                for (var i = 0; i < blocks.Count; i++)
                {
                    if (Find(blocks[i], match, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                break;
            case LeafBlock { Inline: { } inline }:
                return Find(inline, match, depth + 1);
            case ContainerInline inlines:
                for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
                {
                    if (Find(child, match, depth + 1) is { } found)
                    {
                        return found;
                    }
                }
                break;
        }
        return null;
    }
}
