namespace Disclosure.Pipeline;

/// <summary>A finished page, with the rendered document it shows (whose written links are checked with the page's).</summary>
public sealed record PageToResolve(ProcessedPage Page, RenderedDocument? Source);
