using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Disclosure.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Disclosure.E2E;

/// <summary>
/// Pages made from content written as clerks write it (<see cref="ClerkSiteFixture"/>), read as a citizen reads them:
/// an outline without gaps, a table of contents and a form that know the sections, sentences that do not break
/// apart, line breaks inside table cells, and headings at every level readable.
/// </summary>
public sealed class ClerkWrittenPagesTests(ClerkSiteFixture site) : IClassFixture<ClerkSiteFixture>
{
    public static TheoryData<string> Pages => new(ClerkSiteFixture.Assessment, ClerkSiteFixture.CommentPeriod, ClerkSiteFixture.Minutes, ClerkSiteFixture.DeepPage);

    [Fact]
    public void The_build_warns_about_each_skipped_heading_level_at_its_file_and_line()
    {
        var lines = File.ReadAllLines(Path.Combine(ClerkSiteFixture.Source, "assessments", "kojin-jumin-zei.md"));
        var skipped = lines.Select((text, index) => (text, line: index + 1)).Where(l => l.text.StartsWith("##### リスク", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, skipped.Count);
        foreach (var (_, line) in skipped)
        {
            Assert.Contains($"/assessments/kojin-jumin-zei.md:{line}: 警告: 見出しの段が飛んでいます（「###」の次が「#####」）", site.BuildOutput);
        }
    }

    [Fact]
    public async Task Every_page_goes_from_its_one_h1_down_without_skipping_a_level()
    {
        var pages = Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(site.OutputDirectory, f).Replace('\\', '/').Replace("index.html", ""))
            .ToList();
        Assert.True(pages.Count >= 15);
        foreach (var path in pages)
        {
            var page = await site.OpenAsync(path, javaScript: false);
            var levels = await page.Locator("h1, h2, h3, h4, h5, h6").EvaluateAllAsync<int[]>("hs => hs.map(h => Number(h.tagName[1]))");
            Assert.True(levels.Length > 0 && levels[0] == 1 && levels.Count(l => l == 1) == 1, $"{path}: {string.Join(" ", levels)}");
            for (var i = 1; i < levels.Length; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{path} skips from h{levels[i - 1]} to h{levels[i]}: {string.Join(" ", levels)}");
            }
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Has_no_WCAG_22_AA_violation_nor_a_heading_out_of_order_on_desktop_and_at_320px(string path)
    {
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AccessibilityTests.WcagAA.RunOnly.Values, "best-practice"] },
        };
        foreach (var width in new[] { 1280, 320 })
        {
            var page = await site.OpenAsync(path, width);
            var result = await page.RunAxe(options);
            var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}");
            Assert.True(result.Violations.Length == 0, $"{path} at {width}px:\n" + string.Join("\n", violations));
            Assert.Contains(result.Passes, r => r.Id == "heading-order");
            var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"{path} is {scrollWidth}px wide at {width}px.");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_table_of_contents_and_the_comment_form_list_the_sections_written_at_three_marks()
    {
        var assessment = await site.OpenAsync(ClerkSiteFixture.Assessment);
        var toc = await assessment.Locator("nav.toc > ol > li > a").AllTextContentsAsync();
        Assert.Equal(["Ⅰ 基本情報", "Ⅱ 特定個人情報ファイルの概要", "Ⅲ 特定個人情報ファイルの取扱いプロセスにおけるリスク対策", "Ⅳ その他のリスク対策"], toc);
        Assert.Contains("1. 特定個人情報ファイルを取り扱う事務", await assessment.Locator("nav.toc ol ol a").AllTextContentsAsync());
        await assessment.Context.CloseAsync();

        var form = await site.OpenAsync(ClerkSiteFixture.CommentPeriod);
        var sections = await form.Locator("select#section option:not([value=''])").AllTextContentsAsync();
        Assert.Equal(toc, sections);
        await form.Context.CloseAsync();

        var minutes = await site.OpenAsync(ClerkSiteFixture.Minutes);
        Assert.Equal(["1 開会", "2 議事", "3 閉会"], await minutes.Locator("nav.toc > ol > li > a").AllTextContentsAsync());
        await minutes.Context.CloseAsync();
    }

    [Theory]
    [InlineData(ClerkSiteFixture.Assessment, "入手した書類は、施錠できる書庫で保管し、電子化したのちは、定められた期間の経過後に溶解処理により廃棄する。")]
    [InlineData(ClerkSiteFixture.CommentPeriod, "評価書（案）の冊子は、情報公開課と各支所で閲覧できます。")]
    [InlineData(ClerkSiteFixture.Minutes, "残りの紙で提出されたものは、委託先のパンチ入力事業者が庁舎内の専用の部屋で入力しております。")]
    public async Task A_sentence_broken_across_lines_in_the_file_reads_as_one(string path, string sentence)
    {
        var page = await site.OpenAsync(path);
        var text = await page.Locator("main").InnerTextAsync();

        Assert.Contains(sentence, text);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_br_in_a_table_cell_breaks_the_line_and_is_never_shown_as_text()
    {
        var page = await site.OpenAsync(ClerkSiteFixture.Assessment);
        var cell = page.Locator("td", new PageLocatorOptions { HasTextString = "課税計算" });

        Assert.Equal(2, await cell.Locator("br").CountAsync());
        Assert.Equal("①申告書等の受付・入力\n②課税計算\n③税額決定通知書の作成", await cell.InnerTextAsync());
        Assert.DoesNotContain("<br", await page.Locator("main").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Headings_at_every_level_are_at_least_the_size_of_the_text_they_head()
    {
        var page = await site.OpenAsync(ClerkSiteFixture.DeepPage);
        var text = await FontSize(page, ".prose p");

        foreach (var level in new[] { 2, 3, 4, 5, 6 })
        {
            var heading = await FontSize(page, $".prose h{level}");
            Assert.True(heading >= text, $"h{level} is {heading}px, the text {text}px.");
        }
        await page.Context.CloseAsync();
    }

    private static Task<double> FontSize(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
}
