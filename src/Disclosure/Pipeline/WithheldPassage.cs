using Disclosure.Content;
using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>A non-public passage, where it is written, and its text folded as <see cref="Privacy.FoldedText"/> reads files.</summary>
public sealed record WithheldPassage(ContentDocument Document, RedactedPassage Passage, string Folded);
