using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Reading;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Reading;

/// <summary>
/// The fields every kind of document has (title, private, publish_at, expires_at) and the unknown-key warning, run
/// over every kind: a parser that stopped reading through <see cref="DocumentReader"/> would fail here.
/// </summary>
public sealed class DocumentReaderTests
{
    private readonly Parsing _parsing = new();

    /// <param name="OwnFields">The fields the kind requires besides the shared ones, valid.</param>
    private sealed record Kind(string RelativePath, string OwnFields, Func<DocumentSource, ContentDocument?> Parse)
    {
        public bool IsMarkdown => RelativePath.EndsWith(".md", StringComparison.Ordinal);

        /// <summary>The line the first field is on: after the opening <c>---</c> in Markdown.</summary>
        public int FirstFieldLine => IsMarkdown ? 2 : 1;

        /// <summary>The document with <paramref name="sharedFields"/> first, from <see cref="FirstFieldLine"/> on.</summary>
        public string Text(string sharedFields) =>
            IsMarkdown ? $"---\n{sharedFields}{OwnFields}---\n本文\n" : sharedFields + OwnFields;
    }

    private static readonly Dictionary<string, Kind> Kinds = new()
    {
        ["assessment"] = new("assessments/x.md",
            "kind: full\ndepartment: 課\nsystem: システム\naffairs: 事務\nstatus: published\ndate: 2026-10-01\n",
            s => AssessmentParser.Parse(s, null, null)),
        ["schedule"] = new("schedules/x.yml", "assessment: a\nsteps:\n  - title: 作成\n    date: 2026-09-01\n", ScheduleParser.Parse),
        ["comment period"] = new("comment-periods/x.yml",
            "assessment: a\nopens: 2026-11-01\ncloses: 2027-03-31\nhow_to_submit: 郵送\n", CommentPeriodParser.Parse),
        ["meeting"] = new("meetings/x.md", "date: 2026-10-28\nplace: 会議室\n", MeetingParser.Parse),
        ["news"] = new("news/x.md", "date: 2026-11-01\n", NewsParser.Parse),
        ["page"] = new("pages/x.md", "", PageParser.Parse),
    };

    public static TheoryData<string> KindNames => new(Kinds.Keys);

    private ContentDocument? Read(string kind, string sharedFields) =>
        Kinds[kind].Parse(_parsing.Open(Kinds[kind].RelativePath, Kinds[kind].Text(sharedFields)));

    [Theory]
    [MemberData(nameof(KindNames))]
    public void ReadsTheSharedFields(string kind)
    {
        var k = Kinds[kind];
        var document = Read(kind, "title: 題名\nprivate: true\npublish_at: 2026-12-01\nexpires_at: 2027-01-01\n");

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(document);
        Assert.Equal("x", document.Id);
        Assert.Equal(k.RelativePath, document.Source.RelativePath);
        Assert.Equal("題名", document.Title);
        Assert.Equal(new Disclosure.Content.Publication(true, new DateOnly(2026, 12, 1), new DateOnly(2027, 1, 1)), document.Publication);
        Assert.Equal(k.FirstFieldLine + 3, document.LineOf("expires_at"));
        Assert.Equal(k.IsMarkdown ? "本文\n" : "", document.Body);
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void WithoutPublicationFieldsADocumentIsAlwaysPublic(string kind)
    {
        var document = Read(kind, "title: 題名\n");

        _parsing.AssertNoDiagnostics();
        Assert.Same(Disclosure.Content.Publication.Always, document?.Publication);
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void MissingTitleIsAnErrorAndNoDocument(string kind)
    {
        var document = Read(kind, "");

        Assert.Null(document);
        AssertSingle(kind, DiagnosticSeverity.Error, 0, "必須の項目「title」がありません。");
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void ExpiresAtNotAfterPublishAtIsAnErrorOnItsLine(string kind)
    {
        Read(kind, "title: 題名\npublish_at: 2026-12-01\nexpires_at: 2026-12-01\n");

        AssertSingle(kind, DiagnosticSeverity.Error, 2, "「expires_at」（掲載終了日）は「publish_at」（公開日）より後にしてください。");
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void PrivateThatIsNotTrueOrFalseIsAnErrorOnItsLine(string kind)
    {
        Read(kind, "title: 題名\nprivate: はい\n");

        AssertSingle(kind, DiagnosticSeverity.Error, 1, "「private」には true か false を書いてください（「はい」は使えません）。");
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void UnknownKeyIsAWarningOnItsLine(string kind)
    {
        var document = Read(kind, "title: 題名\ntitel: 誤記\n");

        Assert.NotNull(document);
        AssertSingle(kind, DiagnosticSeverity.Warning, 1, "項目「titel」は使われていません（綴りを確認してください）。");
    }

    [Theory]
    [MemberData(nameof(KindNames))]
    public void WordsWithheldInTheTitleAreKeptForTheLeakCheck(string kind)
    {
        var document = Read(kind, "title: \"{{redact 個人情報|山田}}の記録\"\n");

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(document);
        Assert.DoesNotContain("山田", document.Title);
        Assert.Equal(new[] { new Disclosure.Markdown.RedactedPassage("山田", Kinds[kind].FirstFieldLine) }, document.WithheldInFields);
    }

    [Fact]
    public void WordsWithheldInAKindsOwnFieldsJoinThoseOfTheTitle()
    {
        var meeting = MeetingParser.Parse(_parsing.Open("meetings/m.md",
            "---\ntitle: \"{{redact 個人情報|山田}}の部会\"\ndate: 2026-10-28\nplace: \"{{redact 個人情報|鈴木}}邸\"\n---\n"));

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(meeting);
        Assert.Equal(new[] { new Disclosure.Markdown.RedactedPassage("山田", 2), new("鈴木", 4) }, meeting.WithheldInFields);
    }

    /// <param name="fieldLine">The line among the fields: 0 for the first.</param>
    private void AssertSingle(string kind, DiagnosticSeverity severity, int fieldLine, string message)
    {
        var k = Kinds[kind];
        var diagnostic = Assert.Single(_parsing.All);
        Assert.Equal((severity, $"{Parsing.ContentDirectory}/{k.RelativePath}", k.FirstFieldLine + fieldLine, message),
            (diagnostic.Severity, diagnostic.Path, diagnostic.Line, diagnostic.Message));
    }
}
