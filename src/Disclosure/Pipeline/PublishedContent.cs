using Disclosure.Content;
using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <param name="Withheld">
/// Documents left out of this build (drafts, private documents, documents before their publication day, and what
/// belongs only to them) by URL, with the reason in words, so a link to one can be explained.
/// </param>
/// <param name="Diagnostics">What <see cref="ValidateReferences"/> found wrong: ids that lead nowhere or back elsewhere.</param>
public sealed record PublishedContent(SiteContent Content, IReadOnlyDictionary<string, string> Withheld, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
