using System.Globalization;
using System.Text.RegularExpressions;

namespace Disclosure.Tests.Pipeline;

/// <summary>
/// One edit of the content as staff make it, applied to whatever the content folder holds at that moment (a file
/// chosen by <paramref name="File"/> among those there, another by <paramref name="Other"/>), so a sequence of edits
/// stays meaningful after files come and go. Edits keep the content valid, as a careful clerk's do, but one: a
/// mistake made in a document's header, which a later save may mend.
/// </summary>
public sealed partial record StaffEdit(StaffEditKind Kind, int File, int Other)
{
    public void Apply(string content, int step)
    {
        var documents = Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || (f.EndsWith(".yml", StringComparison.Ordinal) && !f.EndsWith("site.yml", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();
        var markdown = documents.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).ToList();
        var news = markdown.Where(f => f.Contains($"{Path.DirectorySeparatorChar}news{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        var assessments = markdown.Where(f => f.Contains($"{Path.DirectorySeparatorChar}assessments{Path.DirectorySeparatorChar}", StringComparison.Ordinal)).ToList();
        var mark = $"{step + 1}の{File}";
        switch (Kind)
        {
            case StaffEditKind.Title:
                Rewrite(Pick(documents, File), TitleLine(), m => $"{m.Value}・改{mark}");
                break;
            case StaffEditKind.Paragraph:
                System.IO.File.AppendAllText(Pick(markdown, File), $"\n追記した段落（{mark}）です。\n");
                break;
            case StaffEditKind.Heading:
                System.IO.File.AppendAllText(Pick(markdown, File), $"\n## 追加の見出し{mark}\n\n見出しの下の本文です。\n");
                break;
            case StaffEditKind.LinkToAnotherDocument:
                var from = Pick(markdown, File);
                var to = Pick(markdown, Other);
                var relative = Path.GetRelativePath(Path.GetDirectoryName(from)!, to).Replace('\\', '/');
                System.IO.File.AppendAllText(from, $"\n関連する文書は[こちら（{mark}）]({relative})です。\n");
                break;
            case StaffEditKind.DateMovedByDays:
                Rewrite(Pick(documents, File), DateLine(), m =>
                    $"{m.Groups[1].Value}{DateOnly.ParseExact(m.Groups[2].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(Other % 7 + 1):yyyy-MM-dd}");
                break;
            case StaffEditKind.ListedOrExpired:
                var item = Pick(news, File);
                var text = System.IO.File.ReadAllText(item);
                System.IO.File.WriteAllText(item, text.Contains("expires_at:", StringComparison.Ordinal)
                    ? ExpiresLine().Replace(text, "")
                    : TitleLine().Replace(text, m => $"{m.Value}\nexpires_at: 2026-11-{Other % 29 + 1:00}", 1));
                break;
            case StaffEditKind.NewsAdded:
                System.IO.File.WriteAllText(Path.Combine(content, "news", $"2026-11-{Other % 29 + 1:00}-oshirase-{step}-{File}.md"),
                    $"---\ntitle: お知らせ（{mark}）\ndate: 2026-11-{Other % 29 + 1:00}\n---\n\n評価書の公表についてのお知らせです。\n");
                break;
            case StaffEditKind.MistakeMadeOrMended:
                var document = Pick(documents, File);
                var written = System.IO.File.ReadAllText(document);
                System.IO.File.WriteAllText(document, written.Contains("title： ", StringComparison.Ordinal)
                    ? written.Replace("title： ", "title: ", StringComparison.Ordinal)
                    : TitleLine().Replace(written, m => m.Value.Replace("title: ", "title： ", StringComparison.Ordinal), 1));
                break;
            case StaffEditKind.ChangeRecorded:
                var assessment = Pick(assessments, File);
                var entry = $"  - date: 2026-11-{Other % 29 + 1:00}\n    item: 事務の内容（{mark}）\n    after: 変更後の記載（{mark}）\n    timing: 事前\n";
                var front = System.IO.File.ReadAllText(assessment);
                // Into the record if there is one, else as a new record just before the front matter's closing fence.
                System.IO.File.WriteAllText(assessment, ChangesLine().IsMatch(front)
                    ? ChangesLine().Replace(front, m => m.Value + entry, 1)
                    : front.Insert(front.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 1, "changes:\n" + entry));
                break;
            case StaffEditKind.NewsRemoved:
                if (news.Count > 1)
                {
                    System.IO.File.Delete(Pick(news, File));
                }
                break;
        }
    }

    private static string Pick(IReadOnlyList<string> files, int index) => files[index % files.Count];

    private static void Rewrite(string file, Regex line, MatchEvaluator change)
    {
        var text = System.IO.File.ReadAllText(file);
        System.IO.File.WriteAllText(file, line.Replace(text, change, 1));
    }

    [GeneratedRegex(@"(?m)^title: .*$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"(?m)^(\s*(?:-\s+)?date: )(\d{4}-\d{2}-\d{2})$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(?m)^expires_at: .*\n")]
    private static partial Regex ExpiresLine();

    [GeneratedRegex(@"(?m)^changes:\n")]
    private static partial Regex ChangesLine();
}
