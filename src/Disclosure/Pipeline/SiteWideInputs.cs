using Disclosure.Content;
using Disclosure.Rendering;

namespace Disclosure.Pipeline;

/// <summary>What every page of a build shares; when any of it changes, every page is rendered again.</summary>
/// <param name="Templates">The theme's templates, by path, size and modification time.</param>
public sealed record SiteWideInputs(SiteConfig Site, UiStrings Strings, DateOnly Today, IReadOnlySet<string> PageIds, string Templates)
{
    /// <summary>Whether every page would be given the same site-wide values: the settings and words compared by value.</summary>
    public bool SameAs(SiteWideInputs? other) =>
        other is not null && Site == other.Site && Today == other.Today && Templates == other.Templates
        && PageIds.SetEquals(other.PageIds) && Strings.SameAs(other.Strings);
}
