namespace Disclosure.Content;

/// <summary>
/// Raw source text that templates never show as it is: pages show its rendered form, which the page model carries
/// separately. An incremental build therefore does not re-render a page that only lists the document when just
/// this text changed.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RawSourceAttribute : Attribute;
