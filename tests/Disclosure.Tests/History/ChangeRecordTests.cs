using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.History;

/// <summary>
/// An assessment's public change record (<c>changes:</c>, 別添3 変更箇所) instead of commit messages: shown on its
/// page as a table, the entries each version added shown on that version's revision page and in its feed entry,
/// carried by the open data; commit messages published only when site.yml asks for it.
/// </summary>
public sealed class ChangeRecordTests
{
    private static readonly string[] Duplicate =
    [
        "  - date: 2026-10-05", "    item: 事務の内容", "    before: 「付随する事務」を2度記載し全15項目", "    after: 重複を削り全14項目", "    timing: 事前",
        "    reason: 提出前に記載の誤りを正したため",
    ];

    private static readonly string[] Diagram =
    [
        "  - date: 2026-10-05", "    item: 業務全体図", "    before: 窓口端末と福祉システムの間にCDのアイコン", "    after: アイコンを削除", "    timing: 事前",
    ];

    private static readonly string[] Department =
    [
        "  - date: 2026-11-02", "    item: 担当部署", "    after: 市民局 健康保険課", "    timing: 事後", "    reason: 組織改正による名称の変更のみのため",
    ];

    private static string Assessment(string body, params string[][] entries) =>
        SampleContent.Assessment(body: body, extraFields: entries.Length == 0 ? [] : ["changes:", .. entries.SelectMany(e => e)]);

    /// <summary>
    /// Four versions: the first without a record; the second adds two entries; the third corrects the text and adds
    /// none; the fourth adds one more. Each commit message is staff shorthand that must never be published.
    /// </summary>
    private static TempSite FourVersions(string siteYml)
    {
        var site = TempSite.With(siteYml, ("assessments/a.md", Assessment("## Ⅰ 基本情報\n\n事務は全15項目です。\n")));
        GitRepository.Init(site.Root);
        GitRepository.CommitAll(site.Root, "initial import zzz", new DateOnly(2026, 10, 1));
        site.Write("assessments/a.md", Assessment("## Ⅰ 基本情報\n\n事務は全14項目です。\n", Duplicate, Diagram));
        GitRepository.CommitAll(site.Root, "WIP typo fix zzz", new DateOnly(2026, 10, 5));
        site.Write("assessments/a.md", Assessment("## Ⅰ 基本情報\n\n事務は全14項目です。句読点を直しました。\n", Duplicate, Diagram));
        GitRepository.CommitAll(site.Root, "fixup! punctuation (zzz)", new DateOnly(2026, 10, 20));
        site.Write("assessments/a.md", Assessment("## Ⅰ 基本情報\n\n事務は全14項目です。句読点を直しました。\n", Duplicate, Diagram, Department));
        GitRepository.CommitAll(site.Root, "dept rename per 総務 memo zzz", new DateOnly(2026, 11, 2));
        return site;
    }

    [Fact]
    public async Task The_assessment_page_shows_the_whole_record_as_a_table_with_a_caption_and_headers()
    {
        using var site = TempSite.With(("assessments/a.md", Assessment("本文。\n", Duplicate, Diagram, Department)));

        await site.BuildSuccessfullyAsync();

        var page = HtmlPage.Parse(site.ReadOutput("assessments/a/index.html"));
        var section = page.QuerySelector("section[aria-labelledby=changes]")!;
        Assert.Equal("変更箇所", section.QuerySelector("h2#changes")!.TextContent);
        var table = section.QuerySelector("table.changes")!;
        var region = table.ParentElement!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal(table.QuerySelector("caption")!.Id, region.GetAttribute("aria-labelledby"));
        Assert.Contains("3件", table.QuerySelector("caption")!.TextContent);
        Assert.Equal(["変更日", "項目", "変更前の記載", "変更後の記載", "提出時期", "提出時期に係る説明"],
            table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(["事務の内容", "業務全体図", "担当部署"], rows.Select(r => CellText(r.QuerySelector("th[scope=row]")!)));
        Assert.Equal(["2026-10-05", "2026-10-05", "2026-11-02"], rows.Select(r => r.QuerySelector("time")!.GetAttribute("datetime")));
        var added = rows[2].Children.Select(CellText).ToList();
        Assert.Equal("（記載なし）", added[2]);
        Assert.Equal("市民局 健康保険課", added[3]);
        Assert.Equal("事後", added[4]);
        Assert.Equal("組織改正による名称の変更のみのため", added[5]);
        Assert.Equal("―", CellText(rows[1].Children[5]));
    }

    [Fact]
    public async Task An_assessment_without_a_record_has_no_changes_section()
    {
        using var site = TempSite.With(("assessments/a.md", Assessment("本文。\n")));

        await site.BuildSuccessfullyAsync();

        Assert.Null(HtmlPage.Parse(site.ReadOutput("assessments/a/index.html")).QuerySelector("#changes"));
    }

    [Fact]
    public async Task The_revision_list_names_each_versions_new_entries_or_says_the_text_was_corrected()
    {
        using var site = FourVersions(SampleContent.SiteYml());

        await site.BuildSuccessfullyAsync();

        var page = HtmlPage.Parse(site.ReadOutput("assessments/a/index.html"));
        var summaries = page.QuerySelectorAll("section[aria-labelledby=revisions] tbody th[scope=row]").Select(CellText).ToList();
        Assert.Equal(["担当部署", "記載の修正", "事務の内容、業務全体図", "最初の版"], summaries);
    }

    [Fact]
    public async Task Each_revision_page_shows_beside_its_diff_only_the_entries_that_version_added()
    {
        using var site = FourVersions(SampleContent.SiteYml());

        await site.BuildSuccessfullyAsync();

        var versions = RevisionPages(site);
        Assert.Equal(4, versions.Count);
        Assert.Equal(["担当部署"], EntryItems(versions[0]));
        Assert.Equal([], EntryItems(versions[1]));
        Assert.Contains("変更箇所の記録に加わったものはありません", versions[1].QuerySelector("section[aria-labelledby=version-changes]")!.TextContent);
        Assert.Contains(versions[1].QuerySelectorAll("ins.diff"), e => e.TextContent.Contains("句読点"));
        Assert.Equal(["事務の内容", "業務全体図"], EntryItems(versions[2]));
        Assert.Contains(versions[2].QuerySelectorAll("ins.diff"), e => e.TextContent.Contains('4'));
        Assert.Equal([], EntryItems(versions[3]));
        // The record is shown as entries, not again as a line of the fields' diff.
        Assert.All(versions, v => Assert.DoesNotContain("changes:", v.QuerySelector("main")!.TextContent));
        Assert.Contains("記載の修正", versions[0].QuerySelector("table.meta")!.TextContent);
    }

    [Fact]
    public async Task No_commit_message_reaches_any_output_file()
    {
        using var site = FourVersions(SampleContent.SiteYml());

        await site.BuildSuccessfullyAsync();

        Assert.Equal(4, RevisionPages(site).Count);
        Assert.NotEmpty(Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories));
        foreach (var words in new[] { "zzz", "WIP typo fix", "initial import", "fixup!", "総務 memo" })
        {
            LeakAssert.Nowhere(site.OutputDirectory, words);
        }
    }

    [Fact]
    public async Task With_history_commit_messages_on_the_revision_list_and_the_feed_show_them()
    {
        using var site = FourVersions(SampleContent.SiteYml() + "\nhistory:\n  commit_messages: true\n");

        await site.BuildSuccessfullyAsync();

        var page = HtmlPage.Parse(site.ReadOutput("assessments/a/index.html"));
        var summaries = page.QuerySelectorAll("section[aria-labelledby=revisions] tbody th[scope=row]").Select(CellText).ToList();
        Assert.Equal(["dept rename per 総務 memo zzz", "fixup! punctuation (zzz)", "WIP typo fix zzz", "initial import zzz"], summaries);
        Assert.Contains(Feed(site, "assessments/a/feed.xml").Items, i => i.Title.Text.Contains("WIP typo fix zzz"));
        // The record itself is shown all the same.
        Assert.Equal(["担当部署"], EntryItems(RevisionPages(site)[0]));
    }

    [Fact]
    public async Task Each_versions_feed_entry_names_its_new_entries_and_says_in_full_what_they_changed()
    {
        using var site = FourVersions(SampleContent.SiteYml());

        await site.BuildSuccessfullyAsync();

        var items = Feed(site, "assessments/a/feed.xml").Items.Where(i => i.Categories.Any(c => c.Name == "改訂")).ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal("テスト事務 全項目評価書の改訂：担当部署", items[0].Title.Text);
        var added = Text(items[0]);
        Assert.Contains("担当部署（事後）", added);
        Assert.Contains("変更前：（記載なし）", added);
        Assert.Contains("変更後：市民局 健康保険課", added);
        Assert.Contains("組織改正による名称の変更のみのため", added);
        Assert.Equal("テスト事務 全項目評価書の改訂：記載の修正", items[1].Title.Text);
        Assert.Equal("記載の修正", Text(items[1]));
        Assert.Equal("テスト事務 全項目評価書の改訂：事務の内容、業務全体図", items[2].Title.Text);
        Assert.Equal(2, Text(items[2]).Split('\n').Length);
        Assert.Contains("変更前：「付随する事務」を2度記載し全15項目　変更後：重複を削り全14項目", Text(items[2]));
        Assert.Contains(Feed(site, "feed.xml").Items, i => i.Title.Text == "テスト事務 全項目評価書の改訂：担当部署");
    }

    [Fact]
    public async Task The_open_data_has_a_record_per_entry_as_json_and_csv()
    {
        using var site = TempSite.With(
            ("assessments/a.md", Assessment("本文。\n", Duplicate, Department)),
            ("assessments/b.md", Assessment("本文。\n")),
            ("assessments/c.md", Assessment("本文。\n", Diagram)));

        await site.BuildSuccessfullyAsync();

        using var json = JsonDocument.Parse(site.ReadOutput("data/assessment-changes.json"));
        var changes = json.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["a", "a", "c"], changes.Select(c => c.GetProperty("assessment").GetString()));
        var added = changes[1];
        Assert.Equal("2026-11-02", added.GetProperty("date").GetString());
        Assert.Equal("担当部署", added.GetProperty("item").GetString());
        Assert.Equal("", added.GetProperty("before").GetString());
        Assert.Equal("市民局 健康保険課", added.GetProperty("after").GetString());
        Assert.Equal("subsequent", added.GetProperty("timing").GetString());
        Assert.Equal("事後", added.GetProperty("timing_label").GetString());
        Assert.Equal("組織改正による名称の変更のみのため", added.GetProperty("reason").GetString());
        Assert.Equal("https://city.example/hogo/assessments/a/", added.GetProperty("url").GetString());
        Assert.Equal("prior", changes[0].GetProperty("timing").GetString());

        var csv = site.ReadOutput("data/assessment-changes.csv").TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("assessment,assessment_title,date,item,before,after,timing,timing_label,reason,url", csv[0]);
        Assert.Equal(4, csv.Length);
        Assert.StartsWith("c,テスト事務 全項目評価書,2026-10-05,業務全体図,", csv[3]);

        var schema = site.ReadOutput("data/index.html");
        Assert.Contains("assessment-changes.csv", schema);
        Assert.Contains("id=\"schema-assessment-changes\"", schema);
    }

    [Fact]
    public async Task Redacted_words_in_change_entries_reach_no_output_and_the_placeholder_is_shown_everywhere()
    {
        const string Secret = "株式会社ひみつ情報処理";
        string[] contractor =
        [
            "  - date: 2026-11-02", "    item: 委託先", $"    before: \"{{{{redact 法人情報|{Secret}}}}}\"", "    after: \"新しい委託先（{{redact 法人情報|株式会社ないしょ}}）\"",
            "    timing: 事後", $"    reason: \"{{{{非公開 契約上の理由|{Secret}との契約の終了}}}}\"",
        ];
        using var site = TempSite.With(("assessments/a.md", Assessment("本文。\n")));
        GitRepository.Init(site.Root);
        GitRepository.CommitAll(site.Root, "登録", new DateOnly(2026, 10, 1));
        site.Write("assessments/a.md", Assessment("本文。\n", contractor));
        GitRepository.CommitAll(site.Root, "委託先の変更", new DateOnly(2026, 11, 2));

        await site.BuildSuccessfullyAsync();

        Assert.Contains("（非公開：法人情報）", HtmlPage.Parse(site.ReadOutput("assessments/a/index.html")).QuerySelector("table.changes")!.TextContent);
        Assert.Contains("（非公開：契約上の理由）", RevisionPages(site)[0].QuerySelector("table.changes")!.TextContent);
        Assert.Contains("（非公開：法人情報）", site.ReadOutput("data/assessment-changes.json"));
        Assert.Contains("（非公開：法人情報）", site.ReadOutput("data/assessment-changes.csv"));
        Assert.Contains("（非公開：法人情報）", site.ReadOutput("assessments/a/feed.xml"));
        foreach (var words in new[] { Secret, "株式会社ないしょ", "ひみつ", "redact" })
        {
            LeakAssert.Nowhere(site.OutputDirectory, words);
        }
    }

    [Fact]
    public async Task A_word_withheld_in_a_change_entry_and_written_elsewhere_stops_the_build_at_the_entrys_line()
    {
        using var site = TempSite.With(
            ("assessments/a.md", Assessment("本文。\n", ["  - date: 2026-11-02", "    item: 委託先", "    before: \"{{redact 法人情報|株式会社ひみつ}}\"", "    after: 新しい委託先", "    timing: 事前"])),
            ("news/n.md", SampleContent.News("委託先は株式会社ひみつでした。\n")));

        var result = await site.BuildFailingAsync();

        var leak = DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a.md"), "news/n/index.html");
        Assert.Equal(12, leak.Line);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("株式会社ひみつ", d.Message));
    }

    /// <summary>The revision pages of assessment <c>a</c>, newest first, as its page lists them.</summary>
    private static List<AngleSharp.Dom.IDocument> RevisionPages(TempSite site) =>
        HtmlPage.Parse(site.ReadOutput("assessments/a/index.html")).QuerySelectorAll("section[aria-labelledby=revisions] tbody a")
            .Select(a => HtmlPage.Parse(site.ReadOutput(a.GetAttribute("href")![SampleContent.BasePath.Length..] + "index.html"))).ToList();

    private static List<string> EntryItems(AngleSharp.Dom.IDocument revisionPage) =>
        revisionPage.QuerySelectorAll("section[aria-labelledby=version-changes] table.changes tbody th[scope=row]").Select(CellText).ToList();

    private static SyndicationFeed Feed(TempSite site, string path)
    {
        using var reader = XmlReader.Create(site.OutputPath(path));
        return SyndicationFeed.Load(reader);
    }

    private static string Text(SyndicationItem item) => ((TextSyndicationContent)item.Content).Text;

    /// <summary>A cell's text without the label drawn for phones (<c>.stack-label</c>, hidden from screen readers).</summary>
    private static string CellText(AngleSharp.Dom.IElement cell) =>
        string.Concat(cell.ChildNodes.Where(n => n is not AngleSharp.Dom.IElement { ClassName: "stack-label" }).Select(n => n.TextContent));
}
