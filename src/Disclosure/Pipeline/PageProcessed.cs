using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="ProcessHtml"/>: the finished page and what is wrong with it (the same id twice).</summary>
public sealed record PageProcessed(ProcessedPage Page, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
