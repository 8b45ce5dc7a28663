using Disclosure.Content;

namespace Disclosure.Reading;

public static class MeetingParser
{
    public static Meeting? Parse(DocumentSource source)
    {
        var f = source.Fields;
        var title = f.Text("title", required: true);
        var date = f.Date("date", required: true);
        var place = f.Text("place", required: true);
        var attendees = f.TextList("attendees");
        var agenda = f.TextList("agenda");
        f.WarnUnknownKeys();

        if (title is null || date is null || place is null)
        {
            return null;
        }
        return new Meeting
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
            Place = place,
            Attendees = attendees,
            Agenda = agenda,
        };
    }
}
