namespace Disclosure.Comments.ResultDrafts;

/// <summary>What a submitter typed in the form's personal fields: looked for in the text, never written to a draft.</summary>
public sealed record Submitter(string? Name, string? Email, string? Address);
