namespace Disclosure.Pipeline;

/// <summary>Input of <see cref="CheckRedactions"/>: the rendered documents (where passages are withheld) and every file to publish.</summary>
public sealed record FilesToCheck(IEnumerable<RenderedDocument> Documents, IReadOnlyList<OutputFile> Files);
