using Disclosure.Content;

namespace Disclosure.Reading;

public static class NewsParser
{
    public static NewsItem? Parse(DocumentSource source) => DocumentReader.Read<NewsItem>(source, f =>
    {
        var date = f.Date("date", required: true);
        return date is null ? null : core => new NewsItem { Core = core, Date = date.Value };
    });
}
