using Disclosure.Content;
using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <param name="Withheld">
/// Documents left out of this build (drafts, private documents, documents before their publication day, and what
/// belongs only to them) by URL, with the reason in words, so a link to one can be explained.
/// </param>
/// <param name="Diagnostics">What <see cref="ValidateReferences"/> found wrong: ids that lead nowhere or back elsewhere.</param>
public sealed record PublishedContent(SiteContent Content, IReadOnlyDictionary<string, string> Withheld, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput
{
    /// <summary>
    /// The pages this build cannot make because of a mistake reported already: those of the documents that could not
    /// be read, and of the schedules and comment periods whose assessment is not there. A link to one (or to a file
    /// beneath it) is not reported again: one mistake, one error.
    /// </summary>
    public IReadOnlySet<string> Unmade { get; init; } = new HashSet<string>();
}
