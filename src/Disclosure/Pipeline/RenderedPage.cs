namespace Disclosure.Pipeline;

public sealed record RenderedPage(PageToRender Page, string Html);
