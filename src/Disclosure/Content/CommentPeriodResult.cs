namespace Disclosure.Content;

/// <param name="SummaryLine">The file line the summary's text starts on, for messages about links in it.</param>
public sealed record CommentPeriodResult(DateOnly Published, int Count, string Summary, int SummaryLine, IReadOnlyList<CommentResponse> Responses)
{
    /// <summary>How many of <see cref="Count"/> repeated an opinion already submitted.</summary>
    public int Duplicates { get; init; }
}
