using Disclosure.Content;

namespace Disclosure.Reading;

public static class PageParser
{
    public static FreePage? Parse(DocumentSource source)
    {
        var f = source.Fields;
        var title = f.Text("title", required: true);
        f.WarnUnknownKeys();

        return title is null
            ? null
            : new FreePage
            {
                Id = source.Id,
                Source = source.File,
                Title = title,
                Body = source.Body,
                BodyFirstLine = source.BodyFirstLine,
                FieldLines = source.Fields.KeyLines(),
                Publication = source.Publication,
            WithheldInFields = source.Fields.Withheld,
            };
    }
}
