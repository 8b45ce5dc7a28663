using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="RenderDocument"/>: the rendered document and the problems its Markdown has.</summary>
public sealed record DocumentRendered(RenderedDocument Rendered, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
