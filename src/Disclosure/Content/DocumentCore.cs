using Disclosure.Yaml;

namespace Disclosure.Content;

/// <summary>
/// What every content document has, whatever its kind: where it came from, its title, its Markdown body and when it
/// is public. Read alike for every kind (<see cref="Reading.DocumentReader"/>); each kind adds its own fields.
/// </summary>
public sealed record DocumentCore
{
    public required string Id { get; init; }
    public required SourceFile Source { get; init; }
    public required string Title { get; init; }

    /// <summary>
    /// The document's YAML as written — everything but its body. Equal headers read with the same settings give equal
    /// fields, so a page that shows only a document's fields (a list) declares its header, not the document (<c>PageInputs</c>).
    /// </summary>
    public required string Header { get; init; }
    public string Body { get; init; } = "";
    public int BodyFirstLine { get; init; } = 1;

    /// <summary>The line of each front-matter key, so later phases can point at the field they complain about.</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();

    public Publication Publication { get; init; } = Publication.Always;

    /// <summary>Words withheld by redaction markup in the YAML fields (the fields hold the placeholder), for the leak check.</summary>
    public IReadOnlyList<Markdown.RedactedPassage> WithheldInFields { get; init; } = [];
}
