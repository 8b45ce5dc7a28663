using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="ValidateLinks"/>: the links that lead nowhere, and what links could lead to in this build.</summary>
public sealed record LinksValidated(LinkTargets Targets, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
