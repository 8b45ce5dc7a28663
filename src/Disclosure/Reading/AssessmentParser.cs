using Disclosure.Content;

namespace Disclosure.Reading;

public static class AssessmentParser
{
    private static readonly Dictionary<string, AssessmentKind> Kinds = new()
    {
        ["basic"] = AssessmentKind.Basic,
        ["focused"] = AssessmentKind.Focused,
        ["full"] = AssessmentKind.Full,
    };

    private static readonly Dictionary<string, AssessmentStatus> Statuses = new()
    {
        ["draft"] = AssessmentStatus.Draft,
        ["consultation"] = AssessmentStatus.Consultation,
        ["review"] = AssessmentStatus.Review,
        ["published"] = AssessmentStatus.Published,
        ["withdrawn"] = AssessmentStatus.Withdrawn,
    };

    /// <param name="attachmentFolder">The folder of <c>index.md</c>, or null for a single-file assessment.</param>
    public static Assessment? Parse(DocumentSource source, SiteConfig? site, string? attachmentFolder)
    {
        var f = source.Fields;
        var title = f.String("title", required: true);
        var kind = f.Choice("kind", Kinds, required: true);
        var organization = f.String("organization") ?? site?.Organization ?? "";
        var department = f.String("department", required: true);
        var system = f.String("system", required: true);
        var affairs = f.String("affairs", required: true);
        var targetCount = f.Int("target_count");
        var status = f.Choice("status", Statuses, required: true);
        var date = f.Date("date", required: true);
        var updated = f.Date("updated");
        var version = f.String("version");
        var tags = TagReader.Read(f);
        var schedule = f.String("schedule");
        var commentPeriod = f.String("comment_period");
        var attachments = ReadAttachments(source, attachmentFolder);
        f.WarnUnknownKeys();

        if (updated is { } u && date is { } d && u < d)
        {
            f.Error(f.LineOf("updated"), "「updated」（更新日）が「date」より前になっています。");
        }

        if (title is null || kind is null || department is null || system is null || affairs is null || status is null || date is null)
        {
            return null;
        }

        return new Assessment
        {
            Id = source.Id,
            Source = source.File,
            Title = title,
            Body = source.Body,
            BodyFirstLine = source.BodyFirstLine,
            FieldLines = source.Fields.KeyLines(),
            Publication = source.Publication,
            Kind = kind.Value,
            Organization = organization,
            Department = department,
            System = system,
            Affairs = affairs,
            TargetCount = targetCount,
            Status = status.Value,
            Date = date.Value,
            Updated = updated,
            Version = version,
            Tags = tags,
            ScheduleId = schedule,
            CommentPeriodId = commentPeriod,
            Attachments = attachments,
            AttachmentFolder = attachmentFolder,
        };
    }

    private static List<Attachment> ReadAttachments(DocumentSource source, string? folder)
    {
        var f = source.Fields;
        var attachments = new List<Attachment>();
        var items = f.MappingList("attachments");
        if (items.Count > 0 && folder is null)
        {
            f.Error(f.LineOf("attachments"),
                "添付ファイルを付けるには、評価書を「assessments/<id>/index.md」の形にして、同じフォルダにファイルを置いてください。");
            return attachments;
        }

        foreach (var item in items)
        {
            var title = item.String("title", required: true);
            var file = item.String("file", required: true);
            item.WarnUnknownKeys();
            if (title is null || file is null || folder is null)
            {
                continue;
            }
            var path = Path.Combine(folder, file);
            var inside = Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (!inside || file.Contains('/') || file.Contains('\\'))
            {
                item.Error(item.LineOf("file"), $"添付ファイル「{file}」は index.md と同じフォルダに置き、ファイル名だけを書いてください。");
            }
            else if (!System.IO.File.Exists(path))
            {
                item.Error(item.LineOf("file"), $"添付ファイル「{file}」が見つかりません。");
            }
            else
            {
                attachments.Add(new Attachment(title, file, new FileInfo(path).Length));
            }
        }
        return attachments;
    }
}
