using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="CheckRedactions"/>: every passage found in a published file (an error each), and what could not be checked.</summary>
public sealed record RedactionsChecked(IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
