using Disclosure.Diagnostics;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Markdown;

/// <summary>
/// An assessment as a clerk writes it — headings from <c>###</c>, a skipped level, lines broken mid-sentence, a table
/// cell broken with <c>&lt;br&gt;</c> — built into a whole site: the pages, the comment form and the data read it right.
/// </summary>
public sealed class ClerkWrittenBodyTests
{
    private const string AssessmentPath = "assessments/a.md";

    private const string Body = """
        ### Ⅰ 基本情報

        評価書は市政情報室で
        閲覧できます。

        ##### 細目

        | 項目 | 内容 |
        | --- | --- |
        | 入手 | 本人から<br>書面で |

        ### Ⅱ 特定個人情報ファイルの概要

        ファイルの説明です。
        """;

    private static TempSite Site(string extraSiteYml = "") => TempSite.With(SampleContent.SiteYml() + extraSiteYml,
        (AssessmentPath, SampleContent.Assessment(Body, status: "consultation", extraFields: "comment_period: a-iken")),
        ("comment-periods/a-iken.yml", SampleContent.CommentPeriodYml("a").Replace("郵送で提出してください。", "郵送または市政情報室の\n  窓口で提出してください。")));

    private static string Read(TempSite site, string path) => File.ReadAllText(Path.Combine(site.OutputDirectory, path));

    [Fact]
    public async Task The_page_outline_starts_at_h2_and_a_skipped_level_is_a_warning_at_its_line()
    {
        using var site = Site();
        var result = await site.BuildSuccessfullyAsync();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(site.DisplayPath(AssessmentPath), warning.Path);
        // The front matter takes lines 1–10 (comment_period is line 9); the body starts on line 11.
        Assert.Equal(16, warning.Line);
        Assert.StartsWith("見出しの段が飛んでいます（「###」の次が「#####」）", warning.Message);

        var page = HtmlPage.Parse(Read(site, "assessments/a/index.html"));
        Assert.Equal(["H1", "H2", "H3", "H2"], page.QuerySelectorAll("main h1, .prose h1, .prose h2, .prose h3, .prose h4, .prose h5").Select(h => h.TagName));
        Assert.Equal(["Ⅰ 基本情報", "細目", "Ⅱ 特定個人情報ファイルの概要"], page.QuerySelectorAll("nav.toc a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task The_comment_form_and_the_open_data_list_the_top_level_sections()
    {
        using var site = Site();
        await site.BuildSuccessfullyAsync();

        var form = HtmlPage.Parse(Read(site, "comment-periods/a-iken/index.html"));
        Assert.Equal(["Ⅰ 基本情報", "Ⅱ 特定個人情報ファイルの概要"], form.QuerySelectorAll("select#section option").Where(o => o.GetAttribute("value") is { Length: > 0 }).Select(o => o.TextContent));
        using var data = System.Text.Json.JsonDocument.Parse(Read(site, "data/comment-periods.json"));
        var period = data.RootElement.GetProperty("periods")[0];
        Assert.Equal(["Ⅰ 基本情報", "Ⅱ 特定個人情報ファイルの概要"], period.GetProperty("sections").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_sentence_broken_over_two_lines_reads_as_one_in_every_file_written()
    {
        using var site = Site();
        await site.BuildSuccessfullyAsync();

        Assert.Contains("市政情報室で閲覧できます。", Read(site, "assessments/a/index.html"));
        Assert.Contains("郵送または市政情報室の窓口で提出してください。", Read(site, "comment-periods/a-iken/index.html"));
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("市政情報室で 閲覧", text);
            Assert.DoesNotContain("市政情報室で\n閲覧", text);
            Assert.DoesNotContain("市政情報室の\n窓口", text);
        }
        Assert.Contains("<td><span class=\"stack-label\" aria-hidden=\"true\" data-pagefind-ignore>内容</span>本人から<br />\n書面で</td>", Read(site, "assessments/a/index.html"));
    }

    [Fact]
    public async Task Site_yml_can_keep_the_line_breaks()
    {
        using var site = Site("\nmarkdown:\n  east_asian_line_breaks: false\n");
        await site.BuildSuccessfullyAsync();

        Assert.Contains("市政情報室で\n閲覧できます。", Read(site, "assessments/a/index.html"));
    }
}
