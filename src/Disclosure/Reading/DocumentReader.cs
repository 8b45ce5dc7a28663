using Disclosure.Content;
using Disclosure.Yaml;

namespace Disclosure.Reading;

/// <summary>
/// Reads one document the same way for every kind: the fields every kind has — <c>title</c> and the publication
/// fields <c>private</c>, <c>publish_at</c>, <c>expires_at</c> — into its <see cref="DocumentCore"/>, then the fields
/// its own kind adds (read by that kind's parser), then warns about any key neither read. So every kind reports the
/// shared fields' problems alike, and no parser can forget a shared field or the warning.
/// </summary>
public static class DocumentReader
{
    /// <param name="readKind">
    /// Reads the fields the kind adds, reporting their problems; returns how to make the document from its core, or
    /// null when a field the kind needs is missing or unusable.
    /// </param>
    /// <returns>Null when the core or the kind's fields are unusable; every problem found is reported either way.</returns>
    public static T? Read<T>(DocumentSource source, Func<YamlFields, Func<DocumentCore, T>?> readKind) where T : ContentDocument
    {
        var core = ReadCore(source);
        var make = readKind(source.Fields);
        source.Fields.WarnUnknownKeys();
        return core is null || make is null ? null : make(core);
    }

    private static DocumentCore? ReadCore(DocumentSource source)
    {
        var fields = source.Fields;
        var title = fields.Text("title", required: true);
        var publication = ReadPublication(fields);
        return title is null
            ? null
            : new DocumentCore
            {
                Id = source.Id,
                Source = source.File,
                Title = title,
                Header = source.Header,
                Body = source.Body,
                BodyFirstLine = source.BodyFirstLine,
                FieldLines = fields.KeyLines(),
                Publication = publication,
                // The fields' own list: the kind's text fields, read after this, add to it.
                WithheldInFields = fields.Withheld,
            };
    }

    private static Publication ReadPublication(YamlFields fields)
    {
        var isPrivate = fields.Bool("private") ?? false;
        var publishAt = fields.Date("publish_at");
        var expiresAt = fields.Date("expires_at");
        if (publishAt is { } from && expiresAt is { } until && until <= from)
        {
            fields.Error(fields.LineOf("expires_at"), "「expires_at」（掲載終了日）は「publish_at」（公開日）より後にしてください。");
        }
        return isPrivate || publishAt is not null || expiresAt is not null ? new Publication(isPrivate, publishAt, expiresAt) : Publication.Always;
    }
}
