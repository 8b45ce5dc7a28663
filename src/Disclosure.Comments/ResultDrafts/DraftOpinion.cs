namespace Disclosure.Comments.ResultDrafts;

/// <summary>One distinct opinion of a period, as the draft result lists it.</summary>
/// <param name="Opinion">The text with personal data wrapped in redaction markup.</param>
/// <param name="Original">The text as submitted, kept only to recognise it again in a file drafted before.</param>
/// <param name="Section">The section the first submitter chose; null for the whole assessment.</param>
/// <param name="Receipt">The receipt number of its first submission, to tell staff which opinion a message is about.</param>
/// <param name="Wrapped">The kinds of personal data wrapped in the text.</param>
public sealed record DraftOpinion(string Opinion, string Original, string? Section, int Submitted, string Receipt, IReadOnlyList<string> Wrapped);
