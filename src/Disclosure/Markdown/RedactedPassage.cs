namespace Disclosure.Markdown;

/// <summary>Words that must appear in no output file, and the file line they were written on.</summary>
public sealed record RedactedPassage(string Text, int Line);
