using Disclosure.Yaml;

namespace Disclosure.Content;

/// <summary>What every content document has: where it came from, where it goes, and its Markdown body.</summary>
public abstract record ContentDocument
{
    public required string Id { get; init; }
    public required SourceFile Source { get; init; }
    public required string Title { get; init; }
    [RawSource]
    public string Body { get; init; } = "";
    public int BodyFirstLine { get; init; } = 1;

    /// <summary>The line of each front-matter key, so later phases can point at the field they complain about.</summary>
    public IReadOnlyDictionary<string, int> FieldLines { get; init; } = new Dictionary<string, int>();

    public int LineOf(string field) => FieldLines.TryGetValue(field, out var line) ? line : 1;

    public Publication Publication { get; init; } = Publication.Always;

    /// <summary>Words withheld by redaction markup in the YAML fields (the fields hold the placeholder), for the leak check.</summary>
    public IReadOnlyList<Markdown.RedactedPassage> WithheldInFields { get; init; } = [];

    public abstract DocumentCollection Collection { get; }

    private string? _url;

    /// <summary>Site-absolute URL path, e.g. <c>/assessments/x/</c>.</summary>
    /// <remarks>Made once: every phase looks documents up by it, ten thousand times over on a large site.</remarks>
    public string Url => _url ??= $"/{Folder(Collection)}/{Id}/";

    public static string Folder(DocumentCollection collection) => collection switch
    {
        DocumentCollection.Assessments => "assessments",
        DocumentCollection.Schedules => "schedules",
        DocumentCollection.CommentPeriods => "comment-periods",
        DocumentCollection.Meetings => "meetings",
        DocumentCollection.News => "news",
        DocumentCollection.Pages => "pages",
        _ => throw new ArgumentOutOfRangeException(nameof(collection)),
    };
}
