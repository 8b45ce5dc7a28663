using Disclosure.Content;

namespace Disclosure.Reading;

public static class MeetingParser
{
    public static Meeting? Parse(DocumentSource source) => DocumentReader.Read<Meeting>(source, f =>
    {
        var date = f.Date("date", required: true);
        var place = f.Text("place", required: true);
        var attendees = f.TextList("attendees");
        var agenda = f.TextList("agenda");
        return date is null || place is null
            ? null
            : core => new Meeting { Core = core, Date = date.Value, Place = place, Attendees = attendees, Agenda = agenda };
    });
}
