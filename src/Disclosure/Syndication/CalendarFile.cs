using Disclosure.Content;
using Disclosure.Rendering;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Disclosure.Syndication;

/// <summary>
/// iCalendar files (RFC 5545, written with Ical.Net): comment periods as all-day events from the opening day through
/// the closing day, meetings on their day. UIDs are derived from the document, so a calendar that subscribes to the
/// site's calendar, or imports a period's own file, updates the event instead of adding a second one.
/// </summary>
public static class CalendarFile
{
    public static string Write(SiteConfig site, UiStrings strings, string name, IEnumerable<CommentPeriod> periods, IEnumerable<Meeting> meetings, DateTimeOffset now)
    {
        var calendar = new Calendar { ProductId = "-//Disclosure//特定個人情報保護評価//JA" };
        calendar.AddProperty("X-WR-CALNAME", name);
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Tokyo");
        var stamp = new CalDateTime(now.UtcDateTime, "UTC");
        foreach (var period in periods)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(site, "period", period.Id),
                Summary = strings.Format("calendar.period_summary", period.Title),
                Description = strings.Format("calendar.period_description",
                    period.Closes.Month, period.Closes.Day, strings.Date(period.Closes), site.AbsoluteUrl(period.Url)),
                DtStart = AllDay(period.Opens),
                // DTEND of an all-day event is exclusive: the day after the closing day.
                DtEnd = AllDay(period.Closes.AddDays(1)),
                Url = new Uri(site.AbsoluteUrl(period.Url)),
                DtStamp = stamp,
                Transparency = "TRANSPARENT",
            });
        }
        foreach (var meeting in meetings)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = Uid(site, "meeting", meeting.Id),
                Summary = meeting.Title,
                Location = meeting.Place,
                Description = site.AbsoluteUrl(meeting.Url),
                DtStart = AllDay(meeting.Date),
                DtEnd = AllDay(meeting.Date.AddDays(1)),
                Url = new Uri(site.AbsoluteUrl(meeting.Url)),
                DtStamp = stamp,
            });
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    /// <summary>
    /// Everything a calendar shows besides the site-wide inputs, as values (<see cref="Pipeline.OutputFile.Inputs"/>),
    /// so a build after a change may keep a calendar whose events did not change. Not the time: DTSTAMP says when the
    /// file was made, and a kept file was made then.
    /// </summary>
    public static IReadOnlyList<object?> Inputs(string name, IEnumerable<CommentPeriod> periods, IEnumerable<Meeting> meetings) =>
        [name, .. periods.Select(p => (object?)(p.Id, p.Title, p.Opens, p.Closes, p.Url)),
            .. meetings.Select(m => (object?)(m.Id, m.Title, m.Place, m.Date, m.Url))];

    private static CalDateTime AllDay(DateOnly date) => new(date.Year, date.Month, date.Day);

    private static string Uid(SiteConfig site, string kind, string id) => $"{kind}-{id}@{site.BaseUrl.Host}{site.BasePath.TrimEnd('/')}";
}
