using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>What one content file parsed to (null when it could not be), and the problems found in it.</summary>
public sealed record FileParsed(object? Result, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
