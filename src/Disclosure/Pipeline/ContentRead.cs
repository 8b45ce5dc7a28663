using Disclosure.Content;
using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="ReadContent"/>: every document read, null when there are no settings to read them with.</summary>
public sealed record ContentRead(SiteContent? Content, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
