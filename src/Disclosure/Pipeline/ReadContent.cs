using System.Text;
using System.Text.Json;
using Disclosure.Accessibility;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Pipeline.Incremental;
using Disclosure.Reading;
using Disclosure.Yaml;

namespace Disclosure.Pipeline;

/// <summary>Phase 1: reads the content folder into typed documents, reporting every unreadable file.</summary>
/// <param name="parsedFiles">Results of earlier builds in this process (the preview), reused for unchanged files.</param>
public sealed class ReadContent(BuildOptions options, DiagnosticBag diagnostics, ParsedFiles? parsedFiles = null)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public SiteContent? Execute()
    {
        var root = options.ContentDirectory;
        if (!Directory.Exists(root))
        {
            diagnostics.Error(root, 1, "コンテンツのフォルダが見つかりません。");
            return null;
        }

        var site = Parse("site.yml", null, bag => Load(bag, "site.yml") is { } siteFile ? SiteConfigParser.Parse(siteFile, bag) : null);
        if (!File.Exists(Path.Combine(root, "site.yml")))
        {
            diagnostics.Error(Display("site.yml"), 1, "サイトの設定ファイル site.yml がありません。");
        }

        var assessments = ReadAssessments(site);
        var schedules = ReadFlat("schedules", [".yml", ".yaml"], ScheduleParser.Parse);
        var periods = ReadFlat("comment-periods", [".yml", ".yaml", ".md"], CommentPeriodParser.Parse);
        var meetings = ReadFlat("meetings", [".md"], MeetingParser.Parse);
        var news = ReadFlat("news", [".md"], NewsParser.Parse);
        var pages = ReadFlat("pages", [".md"], PageParser.Parse);
        WarnAboutStrayEntries(root);

        return site is null ? null : new SiteContent(site, assessments, schedules, periods, meetings, news, pages)
        {
            AccessibilityReport = ReadAccessibilityReport(),
        };
    }

    private List<Assessment> ReadAssessments(SiteConfig? site)
    {
        var folder = Path.Combine(options.ContentDirectory, "assessments");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var candidates = new List<(string Id, string RelativePath, string? Folder)>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            if (Path.GetExtension(path) != ".md")
            {
                WarnIgnored(path);
                continue;
            }
            candidates.Add((Path.GetFileNameWithoutExtension(path), $"assessments/{Path.GetFileName(path)}", null));
        }
        foreach (var dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(dir);
            if (!File.Exists(Path.Combine(dir, "index.md")))
            {
                diagnostics.Error(Display($"assessments/{id}/"), 1, "フォルダ形式の評価書には index.md が必要です。");
                continue;
            }
            candidates.Add((id, $"assessments/{id}/index.md", dir));
        }
        return ParseAll(candidates, c => c.Folder is null
            ? Parse(c.RelativePath, site, bag => Open(bag, c.Id, c.RelativePath) is { } source ? AssessmentParser.Parse(source, site, null) : null)
            // A folder's attachments may change without index.md changing: such an assessment is always read again.
            : Open(diagnostics, c.Id, c.RelativePath) is { } source ? AssessmentParser.Parse(source, site, c.Folder) : null);
    }

    private List<T> ReadFlat<T>(string collection, string[] extensions, Func<DocumentSource, T?> parse) where T : ContentDocument
    {
        var folder = Path.Combine(options.ContentDirectory, collection);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var candidates = new List<string>();
        foreach (var path in Directory.EnumerateFileSystemEntries(folder).Order(StringComparer.Ordinal))
        {
            if (Directory.Exists(path) || !extensions.Contains(Path.GetExtension(path)))
            {
                WarnIgnored(path);
                continue;
            }
            candidates.Add(path);
        }
        return ParseAll(candidates, path =>
        {
            var relativePath = $"{collection}/{Path.GetFileName(path)}";
            return Parse(relativePath, null, bag => Open(bag, Path.GetFileNameWithoutExtension(path), relativePath) is { } source ? parse(source) : null);
        });
    }

    /// <summary>Reads and parses files on every core, keeping their (sorted) order: a large site is mostly this.</summary>
    private static List<T> ParseAll<TCandidate, T>(IReadOnlyList<TCandidate> candidates, Func<TCandidate, T?> parse) where T : class =>
        candidates.AsParallel().AsOrdered().Select(parse).OfType<T>().ToList();

    private T? Parse<T>(string relativePath, object? context, Func<DiagnosticBag, T?> parse) where T : class =>
        parsedFiles is null
            ? parse(diagnostics)
            : parsedFiles.GetOrParse(Path.Combine(options.ContentDirectory, relativePath), context, diagnostics, parse);

    private DocumentSource? Open(DiagnosticBag diagnostics, string id, string relativePath)
    {
        var file = Load(diagnostics, relativePath);
        if (file is null)
        {
            return null;
        }
        if (!DocumentId.IsValid(id))
        {
            diagnostics.Error(file.DisplayPath, 1, $"ファイル名（ID）「{id}」には半角英数字とハイフン・下線・ピリオドだけを使ってください。ID はそのまま URL になります。");
            return null;
        }
        return DocumentSource.Open(id, file, diagnostics);
    }

    private SourceFile? Load(DiagnosticBag diagnostics, string relativePath)
    {
        var fullPath = Path.Combine(options.ContentDirectory, relativePath);
        if (!File.Exists(fullPath))
        {
            return null;
        }
        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(fullPath)).TrimStart('\uFEFF');
            return new SourceFile(relativePath, Display(relativePath), Path.GetFullPath(fullPath), text);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(Display(relativePath), 1, "文字コードが UTF-8 ではありません。UTF-8 で保存し直してください。");
            return null;
        }
    }

    private AccessibilityReport? ReadAccessibilityReport()
    {
        var file = Load(diagnostics, AccessibilityReportFile.RelativePath);
        if (file is null)
        {
            return null;
        }
        try
        {
            return AccessibilityReportFile.Deserialize(file.Text);
        }
        catch (JsonException e)
        {
            diagnostics.Error(file.DisplayPath, (int)(e.LineNumber ?? 0) + 1, $"アクセシビリティ試験結果のファイルを読めません（{e.Message}）。テストを実行して作り直してください。");
            return null;
        }
    }

    private void WarnAboutStrayEntries(string root)
    {
        string[] known = ["site.yml", "assessments", "schedules", "comment-periods", "meetings", "news", "pages", "reports"];
        foreach (var entry in Directory.EnumerateFileSystemEntries(root).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(entry);
            if (!known.Contains(name) && !name.StartsWith('.'))
            {
                WarnIgnored(entry);
            }
        }
    }

    private void WarnIgnored(string path)
    {
        if (!Path.GetFileName(path).StartsWith('.'))
        {
            var relative = Path.GetRelativePath(options.ContentDirectory, path).Replace('\\', '/');
            diagnostics.Warning(Display(relative), 1, "このファイル（フォルダ）は使われません。置き場所か拡張子を確認してください。");
        }
    }

    private string Display(string relativePath) =>
        Path.Combine(options.ContentDirectory, relativePath).Replace('\\', '/');
}
