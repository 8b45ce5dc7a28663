using Disclosure.Markdown;

namespace Disclosure.Yaml;

/// <summary>
/// The redaction markup of one file's YAML fields: the placeholder words in the site's language, and the passages
/// withheld so far, for the leak check.
/// </summary>
public sealed class FieldRedactions(MarkdownWords words)
{
    private readonly List<RedactedPassage> _withheld = [];

    public MarkdownWords Words { get; } = words;

    public IReadOnlyList<RedactedPassage> Withheld => _withheld;

    public void Add(string text, int line) => _withheld.Add(new RedactedPassage(text, line));
}
