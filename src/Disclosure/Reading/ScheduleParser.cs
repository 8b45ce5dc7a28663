using Disclosure.Content;

namespace Disclosure.Reading;

public static class ScheduleParser
{
    private static readonly Dictionary<string, ScheduleStepType> Types = new()
    {
        ["third_party_review"] = ScheduleStepType.ThirdPartyReview,
    };

    public static Schedule? Parse(DocumentSource source) => DocumentReader.Read<Schedule>(source, f =>
    {
        var assessment = f.String("assessment", required: true);
        var stepFields = f.MappingList("steps");
        if (stepFields.Count == 0)
        {
            f.Error(f.LineOf("steps"), "「steps」（手順）が一つもありません。");
        }

        var steps = new List<ScheduleStep>();
        foreach (var s in stepFields)
        {
            var stepTitle = s.Text("title", required: true);
            var note = s.Text("note");
            var link = s.String("link");
            var type = s.Choice("type", Types) ?? ScheduleStepType.Ordinary;
            DateOnly? start, end;
            if (s.Has("date"))
            {
                start = end = s.Date("date");
                if (s.Has("start") || s.Has("end"))
                {
                    s.Error(s.Line, "手順には「date」か「start」と「end」の組のどちらかだけを書いてください。");
                }
            }
            else if (s.Has("start") || s.Has("end"))
            {
                start = s.Date("start", required: true);
                end = s.Date("end", required: true);
                if (start is { } a && end is { } b && b < a)
                {
                    s.Error(s.LineOf("end"), $"「end」（{b:yyyy-MM-dd}）が「start」（{a:yyyy-MM-dd}）より前になっています。");
                }
            }
            else
            {
                s.Error(s.Line, "手順には日付（「date」、または「start」と「end」）を書いてください。");
                start = end = null;
            }
            s.WarnUnknownKeys();

            if (stepTitle is not null && start is not null && end is not null)
            {
                steps.Add(new ScheduleStep(stepTitle, start.Value, end.Value, note, link, link is null ? s.Line : s.LineOf("link"), type));
            }
        }

        return assessment is null ? null : core => new Schedule { Core = core, AssessmentId = assessment, Steps = steps };
    });
}
