using Disclosure.Content;
using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>A comment period rendered: its body, how to submit an opinion, and the summary of its result.</summary>
/// <param name="ResultSummary">Null while the period has no result.</param>
public sealed record RenderedCommentPeriod(CommentPeriod Period, RenderedMarkdown Body, RenderedMarkdown HowToSubmit, RenderedMarkdown? ResultSummary)
    : RenderedDocument(Period, Body)
{
    public override IEnumerable<RenderedMarkdown> Fields => ResultSummary is null ? [HowToSubmit] : [HowToSubmit, ResultSummary];
}
