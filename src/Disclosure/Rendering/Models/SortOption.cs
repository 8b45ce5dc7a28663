namespace Disclosure.Rendering.Models;

public sealed record SortOption(string Label, string Path, bool Current);
