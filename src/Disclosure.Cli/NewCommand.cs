using System.CommandLine;
using Disclosure.Content;
using Disclosure.Scaffolding;
using Disclosure.Time;

namespace Disclosure.Cli;

/// <summary><c>disclosure new KIND ID</c>: writes a valid skeleton with every field explained; never overwrites.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("kind") { Description = string.Join(" | ", Skeleton.Kinds) };
        var id = new Argument<string>("id") { Description = "ID（ファイル名。半角英数字とハイフン。URL になります）" };
        id.Validators.Add(result =>
        {
            if (!DocumentId.IsValid(result.GetValueOrDefault<string>() ?? ""))
            {
                result.AddError("ID には半角英数字・ハイフン・下線・ピリオドだけを使い、英数字で始めてください（例: kokuho-2027）。");
            }
        });
        var content = new Option<string>("--content") { Description = "コンテンツのフォルダ", DefaultValueFactory = _ => "content" };
        var assessment = new Option<string?>("--assessment") { Description = "対象の評価書の ID（period と schedule では必須）" };

        var command = new Command("new", "新しい評価書・意見募集・スケジュール・会議・お知らせ・ページのひな形を作ります") { kind, id, content, assessment };
        command.Validators.Add(result =>
        {
            if (result.GetValue(kind) is { } k && !Skeleton.Kinds.Contains(k))
            {
                result.AddError($"「{k}」は作れません。{string.Join(" / ", Skeleton.Kinds)} のいずれかを指定してください。");
            }
            else if (Skeleton.NeedsAssessment(result.GetValue(kind) ?? "") && string.IsNullOrEmpty(result.GetValue(assessment)))
            {
                result.AddError("period と schedule には --assessment で対象の評価書の ID を指定してください。");
            }
        });
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(content)!;
            var assessmentId = parsed.GetValue(assessment);
            if (assessmentId is not null && !AssessmentExists(folder, assessmentId))
            {
                Console.Error.WriteLine($"評価書「{assessmentId}」が {folder}/assessments/ にありません。");
                return 1;
            }

            var skeleton = Skeleton.For(parsed.GetValue(kind)!, parsed.GetValue(id)!, TokyoTime.DateOf(DateTimeOffset.UtcNow), assessmentId);
            var path = Path.Combine(folder, skeleton.RelativePath);
            var taken = Taken(folder, skeleton.RelativePath);
            if (taken is not null)
            {
                Console.Error.WriteLine($"{taken} はすでにあります。上書きはしません。別の ID にするか、そのファイルを編集してください。");
                return 1;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(path, FileMode.CreateNew))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(skeleton.Text);
            }
            Console.WriteLine($"{path} を作りました。各項目の説明はファイルの中にあります。");
            return 0;
        });
        return command;
    }

    private static bool AssessmentExists(string folder, string id) =>
        File.Exists(Path.Combine(folder, "assessments", id + ".md")) || File.Exists(Path.Combine(folder, "assessments", id, "index.md"));

    /// <summary>The same id in either form of the collection counts as taken (x.md and x/index.md, x.yml and x.md).</summary>
    private static string? Taken(string folder, string relativePath)
    {
        var collection = Path.GetDirectoryName(relativePath)!;
        var id = Path.GetFileNameWithoutExtension(relativePath);
        string[] candidates = [$"{id}.md", $"{id}.yml", $"{id}.yaml", Path.Combine(id, "index.md")];
        return candidates.Select(c => Path.Combine(folder, collection, c)).FirstOrDefault(File.Exists);
    }
}
