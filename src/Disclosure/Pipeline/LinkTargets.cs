namespace Disclosure.Pipeline;

/// <summary>
/// Everything a link can lead to in one build: each page with its anchors, every other file, what is withheld, and
/// what cannot be made because of a mistake reported elsewhere (<see cref="PublishedContent.Unmade"/>).
/// </summary>
public sealed record LinkTargets(
    IReadOnlyDictionary<string, IReadOnlySet<string>> PageAnchors, IReadOnlySet<string> OtherFiles, IReadOnlySet<string> Withheld,
    IReadOnlySet<string> Unmade, string BasePath)
{
    /// <summary>Whether a link valid against one would be valid against the other.</summary>
    public bool SameAs(LinkTargets other) =>
        BasePath == other.BasePath
        && OtherFiles.SetEquals(other.OtherFiles)
        && Withheld.SetEquals(other.Withheld)
        && Unmade.SetEquals(other.Unmade)
        && PageAnchors.Count == other.PageAnchors.Count
        && PageAnchors.All(p => other.PageAnchors.TryGetValue(p.Key, out var anchors) && (ReferenceEquals(anchors, p.Value) || anchors.SetEquals(p.Value)));
}
