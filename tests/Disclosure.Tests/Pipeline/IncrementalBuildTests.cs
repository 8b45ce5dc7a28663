using Disclosure.Pipeline;
using Disclosure.Pipeline.Incremental;
using Disclosure.Testing;
using Disclosure.Tests.Support;
using Disclosure.Time;

namespace Disclosure.Tests.Pipeline;

/// <summary>
/// A build that reuses the previous one (the preview's) must write exactly what a full build writes: after every kind
/// of change, the incremental output is compared file by file with a fresh build of the same content.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private const string Assessment = "assessments/kokumin-kenkou-hoken-2026.md";
    private const string AssessmentTitle = "title: 国民健康保険に関する事務 全項目評価書（案）";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "disclosure-incremental-" + Guid.NewGuid().ToString("N"));
    private readonly IncrementalPhases _phases = new();

    public IncrementalBuildTests() => FolderCopy.Copy(RepositoryPaths.Content, Content);

    private string Content => Path.Combine(_root, "content");
    private string Output => Path.Combine(_root, "output");

    public static TheoryData<string> Changes => new(ChangesByName.Keys);

    private static readonly Dictionary<string, Action<string>> ChangesByName = new()
    {
        ["assessment body"] = c => Append(c, Assessment, "\n追記した段落です。\n"),
        ["assessment title"] = c => Replace(c, Assessment, AssessmentTitle, "title: 国民健康保険に関する事務 全項目評価書（修正案）"),
        ["assessment heading"] = c => Replace(c, Assessment, "## Ⅱ 特定個人情報ファイルの概要", "## Ⅱ 特定個人情報ファイルの概要（改訂）"),
        ["assessment system (in the open data)"] = c => Replace(c, Assessment, "system: 国民健康保険システム", "system: 国保システム"),
        // Withheld until that day: its page, and its place in every list and feed, go.
        ["news held back (publish_at)"] = c => Replace(c, "news/2026-10-28-bukai-kaisai.md", "date: 2026-10-28\n", "date: 2026-10-28\npublish_at: 2027-01-04\n"),
        ["assessment tag"] = c => Replace(c, Assessment, "  - 全項目評価\n", "  - 全項目評価\n  - 新しいタグ\n"),
        // The page's 変更箇所 table and the change data set.
        ["assessment change record (changes:)"] = c => Replace(c, Assessment, "date: 2026-10-20\n",
            "date: 2026-10-20\nchanges:\n  - date: 2026-11-20\n    item: 事務の内容\n    before: 旧い記載\n    after: 新しい記載\n    timing: 事前\n"),
        ["assessment updated (a new entry in the feeds)"] = c => Replace(c, Assessment, "date: 2026-10-20\n", "date: 2026-10-20\nupdated: 2026-11-25\n"),
        // The meeting is the same object, but the assessment its feed entry belongs to is now another one.
        ["assessment linking to a meeting (the meeting's feed entry moves to it)"] = c => Append(c, "assessments/juminkihon-daichou.md",
            "\n[第3回部会](../meetings/subcommittee-2015-06-22.md)で報告しました。\n"),
        ["news date (the order of the site feed)"] = c => Replace(c, "news/2015-09-30-kouki-kouhyou.md", "date: 2015-09-30", "date: 2015-10-01"),
        ["meeting title"] = c => Replace(c, "meetings/subcommittee-2026-10-28.md", "title: 令和8年度第2回", "title: 令和8年度 第2回"),
        ["comment period closing day"] = c => Replace(c, "comment-periods/kokuho-2026-iken.yml", "closes: 2027-03-31", "closes: 2027-02-26"),
        // The meetings' pages list the assessments they dealt with: one gains it, the other loses it.
        ["schedule step linking to another meeting"] = c => Replace(c, "schedules/kouki-2015.yml", "link: subcommittee-2015-06-22", "link: subcommittee-2015-08-06"),
        ["schedule step"] = c => Replace(c, "schedules/kokuho-2026.yml", "date: 2026-10-20", "date: 2026-10-21"),
        ["privacy page title"] = c => Replace(c, "pages/privacy.md", "title: 意見提出フォームの個人情報の取扱い", "title: 意見提出フォームで受け取る個人情報の取扱い"),
        ["news title"] = c => Replace(c, "news/2015-09-30-kouki-kouhyou.md", "を公表しました", "を確定し公表しました"),
        ["site title"] = c => Replace(c, "site.yml", "title: みなと市 特定個人情報保護評価", "title: みなと市の特定個人情報保護評価"),
        ["assessment added"] = c => File.WriteAllText(Path.Combine(c, "assessments", "shinki.md"),
            "---\ntitle: 新しい事務 基礎項目評価書\nkind: basic\ndepartment: 市民課\nsystem: 新システム\naffairs: 新しい事務\nstatus: published\ndate: 2026-11-20\ntags:\n  - 全項目評価\n---\n\n本文です。\n"),
        ["news removed"] = c => File.Delete(Path.Combine(c, "news", "2026-10-28-bukai-kaisai.md")),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task AfterAChangeTheOutputIsWhatAFullBuildWrites(string change)
    {
        await BuildSuccessfullyAsync();
        var before = OutputSnapshot.Of(Output);

        ChangesByName[change](Content);
        await BuildSuccessfullyAsync();

        Assert.NotEqual(before, OutputSnapshot.Of(Output));
        Assert.Equal(await FullBuildAsync(), OutputSnapshot.Of(Output));
    }

    [Fact]
    public async Task FilesTheWatcherDidNotSeeChangeAreTakenAsTheyWereAndTheOnesItSawAreReadAgain()
    {
        await BuildSuccessfullyAsync();
        const string News = "news/2026-10-28-bukai-kaisai.md";
        Append(Content, Assessment, "\n見られた追記です。\n");
        Append(Content, News, "\n見られていない追記です。\n");

        _phases.Edited(new EditedPaths([Path.GetFullPath(Path.Combine(Content, Assessment))]));
        await BuildSuccessfullyAsync();
        Assert.Contains("見られた追記です。", File.ReadAllText(Path.Combine(Output, "assessments", "kokumin-kenkou-hoken-2026", "index.html")));
        Assert.DoesNotContain("見られていない追記です。", File.ReadAllText(Path.Combine(Output, "news", "2026-10-28-bukai-kaisai", "index.html")));

        // Nothing known (the watcher lost events): every file is looked at.
        _phases.Edited(null);
        await BuildSuccessfullyAsync();
        Assert.Contains("見られていない追記です。", File.ReadAllText(Path.Combine(Output, "news", "2026-10-28-bukai-kaisai", "index.html")));
    }

    [Fact]
    public async Task AFolderIsListedAgainOnlyWhenTheWatcherSawSomethingComeOrGoInIt()
    {
        await BuildSuccessfullyAsync();
        const string Added = "news/2026-11-30-unseen.md";
        const string AddedPage = "news/2026-11-30-unseen/index.html";
        File.WriteAllText(Path.Combine(Content, Added), "---\ntitle: 見られていない新着\ndate: 2026-11-30\n---\n\n本文です。\n");

        // Only an edit of a file already listed was seen: the news folder is taken as it was listed.
        _phases.Edited(new EditedPaths([Path.GetFullPath(Path.Combine(Content, "news", "2015-09-30-kouki-kouhyou.md"))]));
        await BuildSuccessfullyAsync();
        Assert.False(File.Exists(Path.Combine(Output, AddedPage)));

        // The new file seen: the folder is listed again, and the news item is read.
        _phases.Edited(new EditedPaths([Path.GetFullPath(Path.Combine(Content, Added))]));
        await BuildSuccessfullyAsync();
        Assert.True(File.Exists(Path.Combine(Output, AddedPage)));

        // A listed file seen deleted: listed again, and its page goes.
        File.Delete(Path.Combine(Content, Added));
        _phases.Edited(new EditedPaths([Path.GetFullPath(Path.Combine(Content, Added))]));
        await BuildSuccessfullyAsync();
        Assert.False(File.Exists(Path.Combine(Output, AddedPage)));
        Assert.Equal(await FullBuildAsync(), OutputSnapshot.Of(Output));
    }

    [Fact]
    public async Task AReferenceBrokenInAHeaderIsReportedAsAFullBuildReportsIt()
    {
        await BuildSuccessfullyAsync();
        Replace(Content, "schedules/kokuho-2026.yml", "assessment: kokumin-kenkou-hoken-2026", "assessment: kokumin-kenkou-hoken-2062");

        var result = await BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("kokuho-2026.yml", StringComparison.Ordinal) && d.Message.Contains("kokumin-kenkou-hoken-2062", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AScheduleNewlyNamingAMeetingFollowsThatMeetingsLaterChanges()
    {
        await BuildSuccessfullyAsync();
        Replace(Content, "schedules/kouki-2015.yml", "link: subcommittee-2015-06-22", "link: subcommittee-2015-08-06");
        await BuildSuccessfullyAsync();

        // The schedule's page shows the meeting's title: the meeting's change must reach it.
        Replace(Content, "meetings/subcommittee-2015-08-06.md", "title: ", "title: （改）");
        await BuildSuccessfullyAsync();

        Assert.Equal(await FullBuildAsync(), OutputSnapshot.Of(Output));
    }

    [Fact]
    public async Task ABodyChangeRendersOnlyThePagesThatShowIt()
    {
        var first = await BuildSuccessfullyAsync();
        Append(Content, Assessment, "\n追記した段落です。\n");

        var second = await BuildSuccessfullyAsync();

        Assert.Equal(first.PagesWritten, first.PagesRendered);
        Assert.Equal(first.PagesWritten, second.PagesWritten);
        // The assessment's own page, and its comment period's page, which shows the assessment's sections; the lists
        // show only its fields, which did not change. Only the assessment's page comes out different.
        Assert.Equal(2, second.PagesRendered);
        Assert.Equal(1, second.FilesWritten - second.FilesUnchanged);
        Assert.Contains("追記した段落です。", File.ReadAllText(Path.Combine(Output, "assessments", "kokumin-kenkou-hoken-2026", "index.html")));
    }

    [Fact]
    public async Task TurningEastAsianLineBreaksOffInSiteYmlRendersEveryDocumentAgain()
    {
        const string News = "news/2026-10-28-bukai-kaisai.md";
        Append(Content, Assessment, "\n評価書は市政情報室で\n閲覧できます。\n");
        Append(Content, News, "\n資料は市政情報室で\n閲覧できます。\n");
        await BuildSuccessfullyAsync();
        Assert.Contains("評価書は市政情報室で閲覧できます。", File.ReadAllText(Path.Combine(Output, "assessments", "kokumin-kenkou-hoken-2026", "index.html")));

        Append(Content, "site.yml", "markdown:\n  east_asian_line_breaks: false\n");
        await BuildSuccessfullyAsync();

        Assert.Contains("評価書は市政情報室で\n閲覧できます。", File.ReadAllText(Path.Combine(Output, "assessments", "kokumin-kenkou-hoken-2026", "index.html")));
        Assert.Contains("資料は市政情報室で\n閲覧できます。", File.ReadAllText(Path.Combine(Output, "news", "2026-10-28-bukai-kaisai", "index.html")));
        Assert.Equal(await FullBuildAsync(), OutputSnapshot.Of(Output));
    }

    [Fact]
    public async Task NothingChangedRendersAndWritesNothing()
    {
        await BuildSuccessfullyAsync();
        var written = File.GetLastWriteTimeUtc(Path.Combine(Output, "index.html"));

        var again = await BuildSuccessfullyAsync();

        Assert.Equal(0, again.PagesRendered);
        Assert.Equal(again.FilesWritten, again.FilesUnchanged);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(Output, "index.html")));
    }

    [Fact]
    public async Task ALinkBrokenOnAnotherPageIsReportedThoughTheLinkingPageIsReused()
    {
        File.WriteAllText(Path.Combine(Content, "news", "2026-11-29-link.md"),
            "---\ntitle: 基本情報の案内\ndate: 2026-11-29\n---\n\n[基本情報](../assessments/kokumin-kenkou-hoken-2026.md#i-基本情報)をご覧ください。\n");
        await BuildSuccessfullyAsync();

        Replace(Content, Assessment, "## Ⅰ 基本情報", "## Ⅰ 基本の情報");
        var broken = await BuildAsync();

        Assert.False(broken.Succeeded);
        var problem = Assert.Single(broken.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
        Assert.EndsWith("news/2026-11-29-link.md", problem.Path, StringComparison.Ordinal);
        Assert.Contains("#i-基本情報", problem.Message, StringComparison.Ordinal);

        Replace(Content, Assessment, "## Ⅰ 基本の情報", "## Ⅰ 基本情報");
        await BuildSuccessfullyAsync();
        Assert.Equal(await FullBuildAsync(), OutputSnapshot.Of(Output));
    }

    [Fact]
    public async Task AProblemInAnUnchangedFileIsReportedEveryBuildUntilItIsMended()
    {
        await BuildSuccessfullyAsync();
        Replace(Content, Assessment, "kind: full", "kind: fully");

        var first = await BuildAsync();
        Append(Content, "news/2015-09-30-kouki-kouhyou.md", "\n別のファイルの変更です。\n");
        var second = await BuildAsync();

        foreach (var result in new[] { first, second })
        {
            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Path.EndsWith(Assessment, StringComparison.Ordinal) && d.Line == 3);
        }
        Replace(Content, Assessment, "kind: fully", "kind: full");
        await BuildSuccessfullyAsync();
        Assert.Equal(await FullBuildAsync(), OutputSnapshot.Of(Output));
    }

    /// <summary>
    /// While the assessment cannot be read, what names it is not reported; once its file is gone, the same unchanged
    /// schedule and comment period do name a document that is not there, and the preview says so as a full build does.
    /// </summary>
    [Fact]
    public async Task WhatNamesAnUnreadableAssessmentIsCheckedAgainOnceItsFileIsGone()
    {
        await BuildSuccessfullyAsync();
        var original = File.ReadAllText(Path.Combine(Content, Assessment));
        Replace(Content, Assessment, "kind: full", "kind: fully");

        var mistyped = await BuildAsync();
        Append(Content, "news/2015-09-30-kouki-kouhyou.md", "\n別のファイルの変更です。\n");
        var again = await BuildAsync();
        File.Delete(Path.Combine(Content, Assessment));
        var gone = await BuildAsync();

        foreach (var result in new[] { mistyped, again })
        {
            var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Error);
            Assert.EndsWith(Assessment, error.Path, StringComparison.Ordinal);
        }
        Assert.Contains(gone.Diagnostics, d => d.Path.EndsWith("schedules/kokuho-2026.yml", StringComparison.Ordinal) && d.Message.Contains("kokumin-kenkou-hoken-2026", StringComparison.Ordinal));
        Assert.Contains(gone.Diagnostics, d => d.Path.EndsWith("comment-periods/kokuho-2026-iken.yml", StringComparison.Ordinal) && d.Message.Contains("kokumin-kenkou-hoken-2026", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(Content, Assessment), original);
        await BuildSuccessfullyAsync();
        Assert.Equal(await FullBuildAsync(), OutputSnapshot.Of(Output));
    }

    [Fact]
    public async Task APassageTooShortToCheckIsWarnedAboutEveryBuildThoughItsDocumentIsUnchanged()
    {
        Append(Content, Assessment, "\n担当は{{redact 個人名|某}}です。\n");
        var first = await BuildSuccessfullyAsync();
        Append(Content, "news/2015-09-30-kouki-kouhyou.md", "\n別のファイルの変更です。\n");

        var second = await BuildSuccessfullyAsync();

        foreach (var result in new[] { first, second })
        {
            Assert.Contains(result.Diagnostics, d => d.Severity == Diagnostics.DiagnosticSeverity.Warning
                && d.Path.EndsWith(Assessment, StringComparison.Ordinal) && d.Message.Contains("文字未満", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ARedactedPhraseCopiedIntoATitleStopsTheBuildAndLeavesTheOutputAlone()
    {
        Append(Content, Assessment, "\n連絡先は{{redact 個人の連絡先|内線9876番の担当者}}です。\n");
        await BuildSuccessfullyAsync();
        var before = OutputSnapshot.Of(Output);

        Replace(Content, Assessment, AssessmentTitle, AssessmentTitle + " 内線9876番の担当者");
        var leaked = await BuildAsync();

        Assert.False(leaked.Succeeded);
        Assert.Contains(leaked.Diagnostics, d => d.Message.Contains("非公開部分", StringComparison.Ordinal));
        Assert.Equal(before, OutputSnapshot.Of(Output));
    }

    [Fact]
    public async Task ALeakOnlyADataSetHoldsStopsTheBuildBeforeAnyFileIsWrittenAndIsNotRemembered()
    {
        // A city theme that does not show the system on the assessment page: the open data is the only place it is.
        var theme = Path.Combine(_root, "city-theme");
        Directory.CreateDirectory(Path.Combine(theme, "templates"));
        File.WriteAllLines(Path.Combine(theme, "templates", "Assessment.cshtml"),
            File.ReadLines(Path.Combine(RepositoryPaths.Theme, "templates", "Assessment.cshtml")).Where(l => !l.Contains("assessment.system", StringComparison.Ordinal)));
        var phases = new IncrementalPhases();
        Task<BuildResult> Build() => new SiteBuilder(Options(Output) with { ThemeDirectory = theme }, phases).BuildAsync();
        Append(Content, Assessment, "\n連絡先は{{redact 個人の連絡先|内線9876番の担当者}}です。\n");
        Assert.True((await Build()).Succeeded);
        var before = OutputSnapshot.Of(Output);

        Replace(Content, Assessment, AssessmentTitle, "title: 国民健康保険に関する事務 全項目評価書（第二案）");
        Replace(Content, Assessment, "system: 国民健康保険システム", "system: 内線9876番の担当者が扱う国民健康保険システム");
        var leaked = await Build();

        Assert.False(leaked.Succeeded);
        Assert.Contains(leaked.Diagnostics, d => d.Message.Contains("data/assessments.json", StringComparison.Ordinal));
        Assert.Equal(before, OutputSnapshot.Of(Output));

        Replace(Content, Assessment, "system: 内線9876番の担当者が扱う国民健康保険システム", "system: 国民健康保険システム");
        Assert.True((await Build()).Succeeded);
        var full = Path.Combine(_root, "full");
        Assert.True((await new SiteBuilder(Options(full) with { ThemeDirectory = theme }).BuildAsync()).Succeeded);
        Assert.Equal(OutputSnapshot.Of(full), OutputSnapshot.Of(Output));
    }

    [Fact]
    public async Task AChangeRewritesTheFilesShowingItAndLeavesTheOthersAlone()
    {
        await BuildSuccessfullyAsync();
        var robots = Path.Combine(Output, "robots.txt");
        var untouchedSince = File.GetLastWriteTimeUtc(robots);
        var files = Directory.GetFiles(Output, "*", SearchOption.AllDirectories).Length;
        Replace(Content, Assessment, AssessmentTitle, "title: 国民健康保険に関する事務 全項目評価書（第二案）");

        var result = await BuildAsync();

        Assert.True(result.Succeeded);
        Assert.Contains("（第二案）", File.ReadAllText(Path.Combine(Output, "assessments", "index.html")));
        Assert.Contains("（第二案）", File.ReadAllText(Path.Combine(Output, "feed.xml")));
        Assert.Equal(untouchedSince, File.GetLastWriteTimeUtc(robots));
        Assert.InRange(result.FilesWritten - result.FilesUnchanged, 1, files / 2);
    }

    [Fact]
    public async Task ACommitBetweenBuildsBringsItsRevisionPage()
    {
        Git("init", "--quiet");
        Git("add", ".");
        Git("commit", "--quiet", "-m", "最初の版");
        await BuildSuccessfullyAsync();

        Replace(Content, Assessment, AssessmentTitle, "title: 国民健康保険に関する事務 全項目評価書（修正案）");
        Git("commit", "--quiet", "-am", "題名を修正");
        await BuildSuccessfullyAsync();

        Assert.Equal(2, Directory.GetDirectories(Path.Combine(Output, "assessments", "kokumin-kenkou-hoken-2026", "revisions")).Length);
        Assert.Equal(await FullBuildAsync(), OutputSnapshot.Of(Output));
    }

    [Fact]
    public async Task TurningCommitMessagesOnShowsThemWhereAFullBuildShowsThem()
    {
        Git("init", "--quiet");
        Git("add", ".");
        Git("commit", "--quiet", "-m", "最初の版 zzz");
        Replace(Content, Assessment, AssessmentTitle, "title: 国民健康保険に関する事務 全項目評価書（修正案）");
        Git("commit", "--quiet", "-am", "題名を修正 zzz");
        await BuildSuccessfullyAsync();
        LeakAssert.Nowhere(Output, "zzz");

        Append(Content, "site.yml", "\nhistory:\n  commit_messages: true\n");
        await BuildSuccessfullyAsync();

        Assert.Contains("題名を修正 zzz", File.ReadAllText(Path.Combine(Output, "assessments", "kokumin-kenkou-hoken-2026", "index.html")));
        Assert.Equal(await FullBuildAsync(), OutputSnapshot.Of(Output));
    }

    private BuildOptions Options(string output) => new()
    {
        ContentDirectory = Content,
        ThemeDirectory = RepositoryPaths.Theme,
        OutputDirectory = output,
        Now = TokyoTime.StartOf(new DateOnly(2026, 11, 30)),
    };

    private Task<BuildResult> BuildAsync() => new SiteBuilder(Options(Output), _phases).BuildAsync();

    private async Task<BuildResult> BuildSuccessfullyAsync()
    {
        var result = await BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return result;
    }

    private async Task<SortedDictionary<string, string>> FullBuildAsync()
    {
        var output = Path.Combine(_root, "full-" + Guid.NewGuid().ToString("N"));
        var result = await new SiteBuilder(Options(output)).BuildAsync();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return OutputSnapshot.Of(output);
    }

    private void Git(params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = Content };
        foreach (var argument in new[] { "-c", "user.name=テスト", "-c", "user.email=test@example.jp" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }
        using var git = System.Diagnostics.Process.Start(start)!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }

    private static void Append(string content, string file, string text) => File.AppendAllText(Path.Combine(content, file), text);

    private static void Replace(string content, string file, string from, string to)
    {
        var path = Path.Combine(content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
