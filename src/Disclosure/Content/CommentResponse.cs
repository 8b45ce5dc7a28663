namespace Disclosure.Content;

/// <param name="Section">The section of the assessment the opinion concerns; null when it concerns the whole.</param>
/// <param name="Submitted">How many submitted the same text.</param>
public sealed record CommentResponse(string Opinion, string Response, string? Section = null, int Submitted = 1);
