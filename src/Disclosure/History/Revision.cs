using Disclosure.Content;

namespace Disclosure.History;

/// <summary>One committed version of a content file.</summary>
/// <param name="Subject">The first line of the commit message: published only where site.yml asks for it.</param>
/// <param name="Text">The whole file as it was in that commit.</param>
public sealed record Revision(string Hash, DateTimeOffset Date, string Subject, string Text)
{
    public string ShortHash => Hash[..10];

    /// <summary>The change record (<c>changes:</c>) the file held in this version, as readers see it.</summary>
    public IReadOnlyList<ChangeEntry> Changes { get; init; } = [];

    /// <summary>The entries this version added to the change record: those the version before did not have (all, for the first).</summary>
    public IReadOnlyList<ChangeEntry> ChangesAddedSince(Revision? previous) =>
        previous is null ? Changes : Changes.Where(entry => !previous.Changes.Contains(entry)).ToList();
}
