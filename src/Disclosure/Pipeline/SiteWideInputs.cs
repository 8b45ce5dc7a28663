using Disclosure.Content;
using Disclosure.Rendering;

namespace Disclosure.Pipeline;

/// <summary>What every page of a build shares; when any of it changes, every page is rendered again.</summary>
/// <param name="Templates">The theme's templates, by path, size and modification time.</param>
public sealed record SiteWideInputs(SiteConfig Site, UiStrings Strings, DateOnly Today, IReadOnlySet<string> PageIds, string Templates);
