using Disclosure.Diagnostics;
using Disclosure.Pipeline;

namespace Disclosure.Guideline;

/// <param name="Standings">Every assessment, drafts included, in the report's order: what falls due first comes first.</param>
public sealed record GuidelineFindings(IReadOnlyList<AssessmentStanding> Standings, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
