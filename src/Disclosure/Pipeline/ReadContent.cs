using System.Text.Json;
using Disclosure.Accessibility;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Reading;
using Disclosure.Markdown;
using Disclosure.Routing;

namespace Disclosure.Pipeline;

/// <summary>
/// Phase 4: reads the content folder into typed documents, reporting every unreadable file. Input: the settings read
/// from site.yml (without them the rest is still read, to report every problem). Output: <see cref="ContentRead"/>.
/// Each folder is listed by the item phase <paramref name="listFolder"/>, and each file parsed by the item phase
/// <paramref name="parseFile"/>, on every core. One instance per build.
/// </summary>
/// <param name="words">The placeholders redaction markup in YAML text fields shows, in the site's language.</param>
public sealed class ReadContent(BuildOptions options, ContentFiles files, MarkdownWords words, IPhase<FolderToList, FolderListed> listFolder,
    IPhase<FileToParse, FileParsed> parseFile)
    : IPhase<SiteConfig?, ContentRead>
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<UnreadableDocument> _unreadable = [];

    public ContentRead Execute(SiteConfig? site) => new(Read(site), _diagnostics.Items);

    private SiteContent? Read(SiteConfig? site)
    {
        if (!Directory.Exists(options.ContentDirectory))
        {
            return null;
        }
        var assessments = ReadAssessments(site);
        var schedules = ReadFlat(DocumentCollection.Schedules, [".yml", ".yaml"], ScheduleParser.Parse);
        var periods = ReadFlat(DocumentCollection.CommentPeriods, [".yml", ".yaml", ".md"], CommentPeriodParser.Parse);
        var meetings = ReadFlat(DocumentCollection.Meetings, [".md"], MeetingParser.Parse);
        var news = ReadFlat(DocumentCollection.News, [".md"], NewsParser.Parse);
        var pages = ReadFlat(DocumentCollection.Pages, [".md"], PageParser.Parse);
        WarnAboutStrayEntries(options.ContentDirectory);

        return site is null ? null : new SiteContent(site, assessments, schedules, periods, meetings, news, pages)
        {
            AccessibilityReport = ReadAccessibilityReport(),
            Unreadable = _unreadable,
        };
    }

    private List<Assessment> ReadAssessments(SiteConfig? site)
    {
        var folder = Path.Combine(options.ContentDirectory, "assessments");
        if (!Directory.Exists(folder) || !files.IsInside(folder, _diagnostics))
        {
            return [];
        }

        var entries = listFolder.Execute(new FolderToList(folder)).Entries;
        var candidates = new List<Candidate>();
        foreach (var path in entries.Where(e => !e.IsDirectory).Select(e => e.Path))
        {
            if (Path.GetExtension(path) != ".md")
            {
                WarnIgnored(path);
                continue;
            }
            candidates.Add(new Candidate(Path.GetFileNameWithoutExtension(path), $"assessments/{Path.GetFileName(path)}", null));
        }
        foreach (var dir in entries.Where(e => e.IsDirectory).Select(e => e.Path))
        {
            var id = Path.GetFileName(dir);
            if (!files.IsInside(dir, _diagnostics))
            {
                continue;
            }
            if (!File.Exists(Path.Combine(dir, "index.md")))
            {
                _diagnostics.Error(files.Display($"assessments/{id}/"), 1, "フォルダ形式の評価書には index.md が必要です。");
                _unreadable.Add(new UnreadableDocument(DocumentCollection.Assessments, id, $"assessments/{id}/index.md"));
                continue;
            }
            candidates.Add(new Candidate(id, $"assessments/{id}/index.md", dir));
        }
        return ParseAll(DocumentCollection.Assessments, candidates, c => c.Folder is null
            ? Parse(c.RelativePath, site, folder: null, bag => Open(bag, c.Id, c.RelativePath) is { } source ? AssessmentParser.Parse(source, site, null) : null)
            // A folder's attachments may change without index.md changing: the whole folder decides whether it is read again.
            : Parse(c.RelativePath, site, c.Folder, bag => Open(bag, c.Id, c.RelativePath) is { } source
                ? AssessmentParser.Parse(source, site, new AttachmentFolder(c.Folder, files.Folder))
                : null));
    }

    private List<T> ReadFlat<T>(DocumentCollection collection, string[] extensions, Func<DocumentSource, T?> parse) where T : ContentDocument
    {
        var folder = Path.Combine(options.ContentDirectory, SiteRoutes.FolderOf(collection));
        if (!Directory.Exists(folder) || !files.IsInside(folder, _diagnostics))
        {
            return [];
        }

        var candidates = new List<Candidate>();
        foreach (var (path, isDirectory) in listFolder.Execute(new FolderToList(folder)).Entries)
        {
            if (isDirectory || !extensions.Contains(Path.GetExtension(path)))
            {
                WarnIgnored(path);
                continue;
            }
            candidates.Add(new Candidate(Path.GetFileNameWithoutExtension(path), $"{SiteRoutes.FolderOf(collection)}/{Path.GetFileName(path)}", null));
        }
        return ParseAll(collection, candidates, c =>
            Parse(c.RelativePath, null, folder: null, bag => Open(bag, c.Id, c.RelativePath) is { } source ? parse(source) : null));
    }

    /// <summary>A file to read as a document of a collection, with the id its name gives it.</summary>
    /// <param name="Folder">The folder of an assessment written as <c>assessments/&lt;id&gt;/index.md</c>, whose attachments it may name.</param>
    private sealed record Candidate(string Id, string RelativePath, string? Folder);

    /// <summary>
    /// Reads and parses files on every core, keeping their (sorted) order: a large site is mostly this. A file that
    /// does not parse is still known by its id (<see cref="SiteContent.Unreadable"/>).
    /// </summary>
    private List<T> ParseAll<T>(DocumentCollection collection, IReadOnlyList<Candidate> candidates, Func<Candidate, T?> parse) where T : class
    {
        var parsed = OnEveryCore.Map(candidates, c => (Candidate: c, Document: parse(c)));
        _unreadable.AddRange(parsed.Where(p => p.Document is null).Select(p => new UnreadableDocument(collection, p.Candidate.Id, p.Candidate.RelativePath)));
        return parsed.Select(p => p.Document).OfType<T>().ToList();
    }

    /// <summary>Parses one file, guarding the build against a parser's own failure: that is reported against the file.</summary>
    private T? Parse<T>(string relativePath, object? context, string? folder, Func<DiagnosticBag, T?> parse) where T : class
    {
        // The placeholders are part of what a file parses to: a change of language parses every file again.
        var parsed = parseFile.Execute(new FileToParse(Path.Combine(options.ContentDirectory, relativePath), (context, words), folder,
            bag => Guard.Run(files.Display(relativePath), bag, () => parse(bag))));
        _diagnostics.Add(parsed.Diagnostics);
        return parsed.Result as T;
    }

    private DocumentSource? Open(DiagnosticBag diagnostics, string id, string relativePath)
    {
        var file = files.Read(relativePath, diagnostics);
        if (file is null)
        {
            return null;
        }
        if (!DocumentId.IsValid(id))
        {
            diagnostics.Error(file.DisplayPath, 1, $"ファイル名（ID）「{id}」には半角英数字とハイフン・下線・ピリオドだけを使ってください。ID はそのまま URL になります。");
            return null;
        }
        return DocumentSource.Open(id, file, diagnostics, words);
    }

    private AccessibilityReport? ReadAccessibilityReport()
    {
        if (!File.Exists(Path.Combine(options.ContentDirectory, AccessibilityReportFile.RelativePath)))
        {
            return null;
        }
        return Parse<AccessibilityReport>(AccessibilityReportFile.RelativePath, null, folder: null, bag =>
        {
            var file = files.Read(AccessibilityReportFile.RelativePath, bag);
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
                bag.Error(file.DisplayPath, (int)(e.LineNumber ?? 0) + 1, "アクセシビリティ試験結果のファイルを読めません。テストを実行して作り直してください。",
                    detail: e.Message);
                return null;
            }
        });
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
            _diagnostics.Warning(files.Display(relative), 1, "このファイル（フォルダ）は使われません。置き場所か拡張子を確認してください。");
        }
    }
}
