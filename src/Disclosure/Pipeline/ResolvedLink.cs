namespace Disclosure.Pipeline;

/// <param name="Reference">The link as the page has it.</param>
/// <param name="Path">The absolute path it leads to on the site's host, unescaped.</param>
/// <param name="Fragment">The anchor it names, unescaped; empty if none.</param>
public sealed record ResolvedLink(string Reference, string Path, string Fragment);
