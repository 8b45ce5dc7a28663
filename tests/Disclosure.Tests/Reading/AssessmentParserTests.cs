using Disclosure.Content;
using Disclosure.FileSystem;
using Disclosure.Reading;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Reading;

public sealed class AssessmentParserTests
{
    private static readonly SiteConfig Site = new(
        "サイト", "テスト市", new Uri("https://city.example/hogo/"), "ja", "", new ContactInfo("総務課", "", "", ""), AllowHtml: false);

    private readonly Parsing _parsing = new();

    private const string FullAssessment = """
        ---
        title: 国民健康保険に関する事務 全項目評価書
        kind: full
        organization: みなと市
        department: 健康保険課
        system: 国民健康保険システム
        affairs: 国民健康保険に関する事務
        target_count: 62000
        status: consultation
        date: 2026-10-20
        updated: 2026-11-02
        version: "第3.0版（案）"
        tags:
          - 国民健康保険
          - 全項目評価
        schedule: kokuho-2026
        comment_period: kokuho-2026-iken
        ---

        ## 基本情報
        """;

    [Fact]
    public void ReadsEveryFrontMatterField()
    {
        var a = AssessmentParser.Parse(_parsing.Open("assessments/kokuho.md", FullAssessment), Site, attachmentFolder: null);

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(a);
        Assert.Equal("kokuho", a.Id);
        Assert.Equal("/assessments/kokuho/", a.Url);
        Assert.Equal("国民健康保険に関する事務 全項目評価書", a.Title);
        Assert.Equal(AssessmentKind.Full, a.Kind);
        Assert.Equal("みなと市", a.Organization);
        Assert.Equal("健康保険課", a.Department);
        Assert.Equal("国民健康保険システム", a.System);
        Assert.Equal("国民健康保険に関する事務", a.Affairs);
        Assert.Equal(62000, a.TargetCount);
        Assert.Equal(AssessmentStatus.Consultation, a.Status);
        Assert.Equal(new DateOnly(2026, 10, 20), a.Date);
        Assert.Equal(new DateOnly(2026, 11, 2), a.Updated);
        Assert.Equal(new DateOnly(2026, 11, 2), a.LastChanged);
        Assert.Equal("第3.0版（案）", a.Version);
        Assert.Equal(new[] { "国民健康保険", "全項目評価" }, a.Tags);
        Assert.Equal("kokuho-2026", a.ScheduleId);
        Assert.Equal("kokuho-2026-iken", a.CommentPeriodId);
        Assert.Empty(a.Attachments);
        Assert.Null(a.AttachmentFolder);
    }

    [Fact]
    public void KeepsTheBodyAndTheLinesOfItsFields()
    {
        var a = AssessmentParser.Parse(_parsing.Open("assessments/kokuho.md", FullAssessment), Site, attachmentFolder: null);

        Assert.NotNull(a);
        Assert.Equal(19, a.BodyFirstLine);
        Assert.Equal("\n## 基本情報", a.Body);
        Assert.Equal(2, a.LineOf("title"));
        Assert.Equal(16, a.LineOf("schedule"));
        Assert.Equal(17, a.LineOf("comment_period"));
    }

    [Fact]
    public void OrganizationDefaultsToTheSiteOrganization()
    {
        var a = AssessmentParser.Parse(_parsing.Open("assessments/x.md", SampleContent.Assessment()), Site, attachmentFolder: null);

        Assert.Equal("テスト市", a?.Organization);
    }

    [Fact]
    public void EachKindAndStatusWordIsRecognised()
    {
        (string Word, AssessmentKind Kind)[] kinds = [("basic", AssessmentKind.Basic), ("focused", AssessmentKind.Focused), ("full", AssessmentKind.Full)];
        foreach (var (word, kind) in kinds)
        {
            var text = SampleContent.Assessment().Replace("kind: full", $"kind: {word}");
            Assert.Equal(kind, AssessmentParser.Parse(_parsing.Open("assessments/x.md", text), Site, null)?.Kind);
        }

        (string Word, AssessmentStatus Status)[] statuses =
        [
            ("draft", AssessmentStatus.Draft), ("consultation", AssessmentStatus.Consultation), ("review", AssessmentStatus.Review),
            ("published", AssessmentStatus.Published), ("withdrawn", AssessmentStatus.Withdrawn),
        ];
        foreach (var (word, status) in statuses)
        {
            var text = SampleContent.Assessment(status: word);
            Assert.Equal(status, AssessmentParser.Parse(_parsing.Open("assessments/x.md", text), Site, null)?.Status);
        }
        _parsing.AssertNoDiagnostics();
    }

    [Fact]
    public void UpdatedBeforeDateIsReportedOnTheUpdatedLine()
    {
        var text = SampleContent.Assessment(extraFields: ["updated: 2026-09-01"]);

        AssessmentParser.Parse(_parsing.Open("assessments/x.md", text), Site, null);

        var error = Assert.Single(_parsing.All);
        Assert.Equal(9, error.Line);
        Assert.Contains("updated", error.Message);
    }

    [Fact]
    public void AttachmentsOfASingleFileAssessmentAreRefused()
    {
        var text = SampleContent.Assessment(extraFields: ["attachments:", "  - title: 資料", "    file: a.txt"]);

        AssessmentParser.Parse(_parsing.Open("assessments/x.md", text), Site, attachmentFolder: null);

        var error = Assert.Single(_parsing.All);
        Assert.InRange(error.Line, 9, 10); // the attachments key or its first item
        Assert.Contains("index.md", error.Message);
    }

    [Fact]
    public void AttachmentBesideIndexMdIsReadWithItsSize()
    {
        var folder = Directory.CreateTempSubdirectory("disclosure-attachment-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "12345");
            var text = SampleContent.Assessment(extraFields: ["attachments:", "  - title: 修正内容一覧", "    file: notes.txt"]);

            var a = AssessmentParser.Parse(_parsing.Open("assessments/x/index.md", text), Site, new AttachmentFolder(folder, new ConfinedFolder(folder)));

            _parsing.AssertNoDiagnostics();
            Assert.Equal("x", a?.Id);
            Assert.Equal(new Attachment("修正内容一覧", "notes.txt", 5, 11), Assert.Single(a!.Attachments));
            Assert.Equal(folder, a.AttachmentFolder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AttachmentOutsideItsFolderIsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("disclosure-attachment-").FullName;
        try
        {
            var text = SampleContent.Assessment(extraFields: ["attachments:", "  - title: 資料", "    file: ../secret.txt"]);

            AssessmentParser.Parse(_parsing.Open("assessments/x/index.md", text), Site, new AttachmentFolder(folder, new ConfinedFolder(folder)));

            var error = Assert.Single(_parsing.All);
            Assert.Equal(11, error.Line);
            Assert.Contains("../secret.txt", error.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
