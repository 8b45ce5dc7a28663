using Disclosure.Yaml;

namespace Disclosure.Content;

/// <summary>What every content document has: where it came from, where it goes, and its Markdown body.</summary>
public abstract record ContentDocument
{
    /// <summary>The parts every kind shares; phases and templates reach them through the properties below.</summary>
    public required DocumentCore Core { get; init; }

    public string Id => Core.Id;
    public SourceFile Source => Core.Source;
    public string Title => Core.Title;
    public string Body => Core.Body;
    public int BodyFirstLine => Core.BodyFirstLine;
    public IReadOnlyDictionary<string, int> FieldLines => Core.FieldLines;

    public int LineOf(string field) => FieldLines.TryGetValue(field, out var line) ? line : 1;

    public Publication Publication => Core.Publication;
    public IReadOnlyList<Markdown.RedactedPassage> WithheldInFields => Core.WithheldInFields;

    public abstract DocumentCollection Collection { get; }

    private string? _url;

    /// <summary>Site-absolute URL path, e.g. <c>/assessments/x/</c>.</summary>
    /// <remarks>Made once: every phase looks documents up by it, ten thousand times over on a large site.</remarks>
    public string Url => _url ??= Routing.SiteRoutes.Document(Collection, Id);
}
