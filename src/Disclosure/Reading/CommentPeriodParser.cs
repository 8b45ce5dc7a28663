using Disclosure.Content;

namespace Disclosure.Reading;

public static class CommentPeriodParser
{
    private static readonly Dictionary<string, CommentField> Fields = new()
    {
        ["name"] = CommentField.Name,
        ["email"] = CommentField.Email,
        ["address"] = CommentField.Address,
    };

    public static CommentPeriod? Parse(DocumentSource source) => DocumentReader.Read<CommentPeriod>(source, f =>
    {
        var assessment = f.String("assessment", required: true);
        var opens = f.Date("opens", required: true);
        var closes = f.Date("closes", required: true);
        var announce = f.Date("announce");
        var howToSubmit = f.Markdown("how_to_submit", required: true);
        var maxLength = f.Int("max_length", min: 1) ?? CommentPeriod.DefaultMaxLength;
        var shortPeriodReason = f.Text("short_period_reason");
        var required = new HashSet<CommentField>();
        foreach (var (name, line) in f.StringList("required_fields"))
        {
            if (Fields.TryGetValue(name, out var field))
            {
                required.Add(field);
            }
            else
            {
                f.Error(line, $"「required_fields」の「{name}」は使えません。name, email, address のいずれかを書いてください。");
            }
        }
        var result = ReadResult(f.Mapping("result"));

        if (opens is { } o && closes is { } c && c < o)
        {
            f.Error(f.LineOf("closes"), $"締切日「closes」（{c:yyyy-MM-dd}）が開始日「opens」（{o:yyyy-MM-dd}）より前になっています。");
        }
        if (announce is { } a && opens is { } opening && a > opening)
        {
            f.Error(f.LineOf("announce"), "「announce」（ページを出す日）は「opens」（開始日）以前にしてください。");
        }
        if (result is not null && closes is { } closed && result.Published < closed)
        {
            f.Error(f.Mapping("result")!.LineOf("published"), "結果の公表日「published」が締切日「closes」より前になっています。");
        }

        if (assessment is null || opens is null || closes is null || howToSubmit is null)
        {
            return null;
        }
        return core => new CommentPeriod
        {
            Core = core,
            AssessmentId = assessment,
            Opens = opens.Value,
            Closes = closes.Value,
            AnnounceDate = announce,
            HowToSubmit = howToSubmit,
            HowToSubmitLine = f.TextLineOf("how_to_submit"),
            MaxLength = maxLength,
            ShortPeriodReason = string.IsNullOrEmpty(shortPeriodReason) ? null : shortPeriodReason,
            RequiredFields = required,
            Result = result,
        };
    });

    /// <summary>
    /// A result without <c>published</c> is a draft (what <c>disclosure comments draft-result</c> writes): checked as
    /// a result is, but not shown, and its responses may still be empty. Once published, every opinion needs one.
    /// </summary>
    private static CommentPeriodResult? ReadResult(Yaml.YamlFields? r)
    {
        if (r is null)
        {
            return null;
        }
        var published = r.Date("published");
        var count = r.Int("count");
        if (count is null && !r.Has("count"))
        {
            r.Error(r.Line, "必須の項目「count」（提出された意見の件数）がありません。");
        }
        var duplicates = r.Int("duplicates");
        var summary = r.Markdown("summary") ?? "";
        var responses = new List<CommentResponse>();
        foreach (var item in r.MappingList("responses"))
        {
            var opinion = item.Text("opinion", required: true);
            var response = item.Text("response") ?? "";
            var section = item.Text("section");
            var submitted = item.Int("submitted", min: 1);
            item.WarnUnknownKeys();
            if (published is not null && opinion is not null && response.Trim().Length == 0)
            {
                item.Error(item.Has("response") ? item.LineOf("response") : item.Line,
                    "結果を公表する（「published」がある）意見には、市の考え方「response」を書いてください。");
                continue;
            }
            if (opinion is not null)
            {
                responses.Add(new CommentResponse(opinion, response, string.IsNullOrWhiteSpace(section) ? null : section, submitted ?? 1));
            }
        }
        r.WarnUnknownKeys();
        return published is null || count is null ? null
            : new CommentPeriodResult(published.Value, count.Value, summary, r.TextLineOf("summary"), responses) { Duplicates = duplicates ?? 0 };
    }
}
