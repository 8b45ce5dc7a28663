namespace Disclosure.Pipeline;

/// <summary>Every passage one build searches published files for; one instance per build, shared by every file checked.</summary>
public sealed class WithheldPassages(IReadOnlyList<WithheldPassage> passages)
{
    private string? _key;

    public IReadOnlyList<WithheldPassage> Passages => passages;

    /// <summary>The passages and where each is written, as one string: a file's findings depend on all of it.</summary>
    public string Key => _key ??= string.Join('\u001e', passages.Select(p => $"{p.Document.Source.DisplayPath}\u001f{p.Passage.Line}\u001f{p.Folded}"));
}
