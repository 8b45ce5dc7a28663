using Disclosure.Diagnostics;

namespace Disclosure.Pipeline;

/// <summary>Output of <see cref="RenderMarkdown"/>: every published document rendered, by URL.</summary>
public sealed record MarkdownRendered(IReadOnlyDictionary<string, RenderedDocument> ByUrl, IReadOnlyList<Diagnostic> Diagnostics) : IPhaseOutput;
