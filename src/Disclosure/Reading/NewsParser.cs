using Disclosure.Content;

namespace Disclosure.Reading;

public static class NewsParser
{
    public static NewsItem? Parse(DocumentSource source)
    {
        var f = source.Fields;
        var title = f.Text("title", required: true);
        var date = f.Date("date", required: true);
        f.WarnUnknownKeys();

        if (title is null || date is null)
        {
            return null;
        }
        return new NewsItem
        {
            Id = source.Id,
            Source = source.File,
            Title = title,
            Body = source.Body,
            BodyFirstLine = source.BodyFirstLine,
            FieldLines = source.Fields.KeyLines(),
            Publication = source.Publication,
            WithheldInFields = source.Fields.Withheld,
            Date = date.Value,
        };
    }
}
