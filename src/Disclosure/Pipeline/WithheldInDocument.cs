using Disclosure.Markdown;

namespace Disclosure.Pipeline;

/// <summary>
/// The non-public passages of one rendered document, as <see cref="FindWithheld"/> finds them: those long enough to
/// search published files for, folded as those files are read, and those too short to search for, which are warned
/// about on every build.
/// </summary>
public sealed record WithheldInDocument(IReadOnlyList<WithheldPassage> Searched, IReadOnlyList<RedactedPassage> TooShort);
