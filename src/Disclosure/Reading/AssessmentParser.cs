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
    public static Assessment? Parse(DocumentSource source, SiteConfig? site, AttachmentFolder? attachmentFolder) => DocumentReader.Read<Assessment>(source, f =>
    {
        var kind = f.Choice("kind", Kinds, required: true);
        var organization = f.Text("organization") ?? site?.Organization ?? "";
        var department = f.Text("department", required: true);
        var system = f.Text("system", required: true);
        var affairs = f.Text("affairs", required: true);
        var targetCount = f.Int("target_count");
        var handlersCount = f.Int("handlers_count");
        var seriousIncident = f.Bool("serious_incident");
        var status = f.Choice("status", Statuses, required: true);
        var date = f.Date("date", required: true);
        var updated = f.Date("updated");
        var reviewed = f.Date("reviewed");
        var ended = f.Date("ended");
        var version = f.Text("version");
        var tags = TagReader.Read(f);
        var schedule = f.String("schedule");
        var commentPeriod = f.String("comment_period");
        var attachments = ReadAttachments(source, attachmentFolder);
        var changes = ChangeRecordReader.Read(f);

        if (updated is { } u && date is { } d && u < d)
        {
            f.Error(f.LineOf("updated"), "「updated」（更新日）が「date」より前になっています。");
        }
        if (reviewed is { } r && date is { } published && r < published)
        {
            f.Error(f.LineOf("reviewed"), "「reviewed」（直近の見直しの日）が「date」（評価書の日付）より前になっています。");
        }

        if (kind is null || department is null || system is null || affairs is null || status is null || date is null)
        {
            return null;
        }

        return core => new Assessment
        {
            Core = core,
            Kind = kind.Value,
            Status = status.Value,
            Date = date.Value,
            Updated = updated,
            Version = version,
            Organization = organization,
            Department = department,
            System = system,
            Affairs = affairs,
            TargetCount = targetCount,
            HandlersCount = handlersCount,
            SeriousIncident = seriousIncident,
            Reviewed = reviewed,
            Ended = ended,
            Tags = tags,
            ScheduleId = schedule,
            CommentPeriodId = commentPeriod,
            Attachments = attachments,
            AttachmentFolder = attachmentFolder?.Path,
            Changes = changes,
        };
    });

    private static List<Attachment> ReadAttachments(DocumentSource source, AttachmentFolder? folder)
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
            var title = item.Text("title", required: true);
            var file = item.String("file", required: true);
            item.WarnUnknownKeys();
            if (title is null || file is null || folder is null)
            {
                continue;
            }
            var line = item.LineOf("file");
            if (Problem(file, folder, attachments) is { } problem)
            {
                item.Error(line, problem);
                continue;
            }
            attachments.Add(new Attachment(title, file, new FileInfo(Path.Combine(folder.Path, file)).Length, line));
        }
        return attachments;
    }

    private static string? Problem(string file, AttachmentFolder folder, List<Attachment> earlier)
    {
        var path = Path.Combine(folder.Path, file);
        var inside = Path.GetFullPath(path).StartsWith(Path.GetFullPath(folder.Path) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside || file.Contains('/') || file.Contains('\\'))
        {
            return $"添付ファイル「{file}」は index.md と同じフォルダに置き、ファイル名だけを書いてください。";
        }
        if (folder.Content.EscapeOf(path) is { } escape)
        {
            return $"添付ファイル「{file}」は content フォルダの外（{escape.Target}）を指すシンボリックリンクのため、公開しません。ファイルそのものを置いてください。";
        }
        if (AttachmentRules.IsActive(file))
        {
            return $"添付ファイル「{file}」の形式（{Path.GetExtension(file)}）は、ブラウザーがサイトのページとして開き、中のスクリプトが動くおそれがあるため公開できません。PDF などにしてください。";
        }
        if (AttachmentRules.IsReserved(file))
        {
            return $"添付ファイルの名前「{file}」は、評価書のページのためにサイトが使います。別の名前にしてください。";
        }
        if (earlier.FirstOrDefault(a => string.Equals(a.File, file, StringComparison.OrdinalIgnoreCase)) is { } same)
        {
            return same.File == file
                ? $"添付ファイル「{file}」が二度書かれています。"
                : $"添付ファイル「{file}」と「{same.File}」は大文字・小文字だけが違うため、大文字・小文字を区別しないサーバー（IIS など）では同じファイルになります。名前を変えてください。";
        }
        if (!System.IO.File.Exists(path))
        {
            return $"添付ファイル「{file}」が見つかりません。";
        }
        var size = new FileInfo(path).Length;
        return size > AttachmentRules.MaxBytes
            ? $"添付ファイル「{file}」が大きすぎます（{size / 1024 / 1024} MB）。1 つ {AttachmentRules.MaxBytes / 1024 / 1024} MB までにしてください。"
            : null;
    }
}
