using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="PlanPages"/>: every page to write, in order, each with its template and model.</summary>
public sealed record PagesPlanned(IReadOnlyList<PageToRender> Pages, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
