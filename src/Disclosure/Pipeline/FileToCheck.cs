namespace Disclosure.Pipeline;

/// <summary>One file about to be published and the passages to search it for: the item of <see cref="CheckRedactions"/>.</summary>
public sealed record FileToCheck(OutputFile File, WithheldPassages Withheld);
