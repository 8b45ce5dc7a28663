using Disclosure.Tests.Support;

namespace Disclosure.Tests.History;

/// <summary>Assessment pages list their committed revisions; each revision page shows an accessible diff of public text.</summary>
public sealed class RevisionHistoryTests
{
    private const string Secret = "委託先の担当者は佐藤一郎である";

    private static string Assessment(string version, string section1, string section2) => SampleContent.Assessment(
        body: $"## Ⅰ 基本情報\n\n{section1}\n\n## Ⅲ リスク対策\n\n{section2}\n",
        extraFields: [$"version: {version}"]);

    [Fact]
    public async Task Each_commit_becomes_a_revision_with_a_character_level_diff_section_by_section()
    {
        using var site = TempSite.With(("assessments/a.md", Assessment("第1.0版", "事務の内容は15項目です。", "操作ログを確認する。責任者が確認する。")));
        GitRepository.Init(site.Root);
        GitRepository.CommitAll(site.Root, "評価書（案）を登録");
        site.Write("assessments/a.md", Assessment("第1.1版", "事務の内容は14項目です。", "アクセスログを確認する。情報システム管理者が確認する。"));
        GitRepository.CommitAll(site.Root, "事前点検の指摘を反映");

        var result = await site.BuildSuccessfullyAsync();

        Assert.Empty(result.Notes);
        var page = HtmlPage.Parse(site.ReadOutput("assessments/a/index.html"));
        var rows = page.QuerySelectorAll("section[aria-labelledby=revisions] tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        // Without change entries, a later version is a correction of the text; commit messages are not published.
        Assert.Contains("記載の修正", rows[0].TextContent);
        Assert.Contains("第1.1版", rows[0].TextContent);
        Assert.Contains("最初の版", rows[1].TextContent);
        Assert.DoesNotContain("事前点検の指摘を反映", page.Body!.TextContent);

        var latest = rows[0].QuerySelector("a")!.GetAttribute("href")!;
        var diff = HtmlPage.Parse(site.ReadOutput(latest[SampleContent.BasePath.Length..] + "index.html"));
        var sections = diff.QuerySelectorAll("section.diff-section h2").Select(h => h.TextContent).ToList();
        Assert.Contains("Ⅰ 基本情報", sections);
        Assert.Contains("Ⅲ リスク対策", sections);
        var inserted = diff.QuerySelectorAll("ins.diff").Select(e => e.TextContent).ToList();
        var deleted = diff.QuerySelectorAll("del.diff").Select(e => e.TextContent).ToList();
        Assert.Contains(inserted, t => t.Contains('4') && t.Contains("追加開始"));
        Assert.Contains(deleted, t => t.Contains('5') && t.Contains("削除開始"));
        Assert.Contains(inserted, t => t.Contains("アクセス"));
        Assert.Contains(deleted, t => t.Contains("操作"));
        Assert.Contains(inserted, t => t.Contains("情報システム管理"));
        // Character granularity: the unchanged part of a changed sentence is not marked.
        Assert.DoesNotContain(inserted, t => t.Contains("事務の内容は"));
    }

    [Fact]
    public async Task Redacted_passages_never_appear_in_a_diff()
    {
        using var site = TempSite.With(("assessments/a.md", Assessment("第1.0版", "概要。", "対策。")));
        GitRepository.Init(site.Root);
        GitRepository.CommitAll(site.Root, "登録");
        site.Write("assessments/a.md", Assessment("第1.1版", "概要。", $"対策。{{{{redact 個人情報|{Secret}}}}}"));
        GitRepository.CommitAll(site.Root, "委託先の記述を追加（非公開部分あり）");

        await site.BuildSuccessfullyAsync();

        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain("佐藤一郎", File.ReadAllText(file));
        }
        var revisions = Directory.GetDirectories(site.OutputPath("assessments/a/revisions"));
        Assert.Equal(2, revisions.Length);
        Assert.Contains(revisions, r => File.ReadAllText(Path.Combine(r, "index.html")).Contains("（非公開：個人情報）"));
    }

    [Fact]
    public async Task A_redacted_front_matter_field_shows_its_placeholder_in_the_fields_diff()
    {
        using var site = TempSite.With(("assessments/a.md", Assessment("第1.0版", "概要。", "対策。")));
        GitRepository.Init(site.Root);
        GitRepository.CommitAll(site.Root, "登録");
        site.Write("assessments/a.md", Assessment("第1.0版", "概要。", "対策。").Replace("system: テストシステム", $"system: \"{{{{redact 個人情報|{Secret}}}}}のシステム\""));
        GitRepository.CommitAll(site.Root, "システム名を非公開に");

        await site.BuildSuccessfullyAsync();

        var link = HtmlPage.Parse(site.ReadOutput("assessments/a/index.html")).QuerySelector("section[aria-labelledby=revisions] tbody a")!.GetAttribute("href")!;
        var latest = HtmlPage.Parse(site.ReadOutput(link[SampleContent.BasePath.Length..] + "index.html"));
        var fields = latest.QuerySelectorAll("section.diff-section").Single(s => s.QuerySelector("h2")!.TextContent == "基本情報（フロントマター）");
        Assert.Contains(fields.QuerySelectorAll("ins.diff"), e => e.TextContent.Contains("（非公開：個人情報）"));
        LeakAssert.Nowhere(site.OutputDirectory, "佐藤一郎");
        LeakAssert.Nowhere(site.OutputDirectory, "{{redact");
    }

    [Fact]
    public async Task A_secret_committed_before_it_was_redacted_fails_the_build_instead_of_leaking_through_the_diff()
    {
        using var site = TempSite.With(("assessments/a.md", Assessment("第1.0版", "概要。", $"対策。{Secret}")));
        GitRepository.Init(site.Root);
        GitRepository.CommitAll(site.Root, "登録");
        site.Write("assessments/a.md", Assessment("第1.1版", "概要。", $"対策。{{{{redact 個人情報|{Secret}}}}}"));
        GitRepository.CommitAll(site.Root, "担当者名を非公開にした");

        var result = await site.BuildFailingAsync();

        Assert.Contains(result.Diagnostics, d => d.Message.Contains("revisions/"));
    }

    [Fact]
    public async Task A_renamed_file_keeps_its_history()
    {
        using var site = TempSite.With(("assessments/old-name.md", Assessment("第1.0版", "概要。", "対策。")));
        GitRepository.Init(site.Root);
        GitRepository.CommitAll(site.Root, "旧名で登録");
        File.Move(Path.Combine(site.ContentDirectory, "assessments/old-name.md"), Path.Combine(site.ContentDirectory, "assessments/new-name.md"));
        GitRepository.CommitAll(site.Root, "ID を変更");

        await site.BuildSuccessfullyAsync();

        var page = HtmlPage.Parse(site.ReadOutput("assessments/new-name/index.html"));
        var summaries = page.QuerySelectorAll("section[aria-labelledby=revisions] tbody th[scope=row] a").Select(a => a.TextContent);
        Assert.Equal(["記載の修正", "最初の版"], summaries);
    }

    [Fact]
    public async Task Outside_a_git_repository_the_site_builds_without_history_and_says_so_in_one_line()
    {
        using var site = TempSite.With(("assessments/a.md", Assessment("第1.0版", "概要。", "対策。")));

        var result = await site.BuildSuccessfullyAsync();

        var note = Assert.Single(result.Notes);
        Assert.Contains("git", note);
        Assert.DoesNotContain('\n', note);
        Assert.DoesNotContain("id=\"revisions\"", site.ReadOutput("assessments/a/index.html"));
    }
}
