namespace Disclosure.Content;

public sealed record CommentResponse(string Opinion, string Response);
