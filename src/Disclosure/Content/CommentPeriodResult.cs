namespace Disclosure.Content;

public sealed record CommentPeriodResult(DateOnly Published, int Count, string Summary, IReadOnlyList<CommentResponse> Responses);
