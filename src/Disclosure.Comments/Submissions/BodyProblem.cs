namespace Disclosure.Comments.Submissions;

/// <summary>Why a request body could not be read as a form at all, with the HTTP status that says so.</summary>
public sealed record BodyProblem(int Status, string Title, string Detail);
