using Markdig.Parsers;
using Markdig.Syntax;

namespace Disclosure.Markdown.Extensions.Redaction;

/// <summary>
/// A non-public passage written between <c>::: redact 理由</c> and <c>:::</c>. Its lines are kept only so the
/// build can check that none of its words reach any output file; they are never rendered.
/// </summary>
public sealed class RedactionBlock : LeafBlock
{
    public RedactionBlock(BlockParser parser) : base(parser)
    {
        ProcessInlines = false;
    }

    public string Reason { get; init; } = "";

    /// <summary>False when the closing <c>:::</c> never came: everything to the end of the document was hidden.</summary>
    public bool IsClosed { get; set; }
}
