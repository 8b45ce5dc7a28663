using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Disclosure.E2E.Infrastructure;
using Microsoft.Playwright;

namespace Disclosure.E2E;

/// <summary>
/// The tables the theme writes, and those staff write in Markdown bodies (inside <c>.prose</c>), as a citizen reads
/// them on a phone (320 and 390 px): below 48em each row is a block of label/value pairs, no cell is narrower than
/// four characters, axe finds nothing, and the browser still exposes a table with its headers and cells, each cell's
/// label heard once (from its column header).
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class NarrowScreenTableTests(SiteFixture site, AnsweredOpinionsSiteFixture answered, ClerkSiteFixture clerks)
    : IClassFixture<AnsweredOpinionsSiteFixture>, IClassFixture<ClerkSiteFixture>
{
    private const string Tables = "main table";

    /// <summary>The tables written from Markdown: a body's.</summary>
    private const string MarkdownTables = "main .prose table";

    /// <summary>The revision page's folder is named after a commit, so the test finds it in the built site.</summary>
    private const string FirstRevision = "/assessments/kouki-koureisha-iryou/revisions/*/";

    private static readonly int[] PhoneWidths = [320, 390];

    /// <summary>A small phone on its side (iPhone SE, 667 px), where a five-column table would still be squeezed.</summary>
    private const int PhoneOnItsSide = 667;

    /// <summary>
    /// Every page of the example site on which the theme writes a table, and pages whose body has tables: the
    /// assessment's (items and their contents), the meeting's (番号, 質問, 回答), the about and accessibility pages'.
    /// </summary>
    private static readonly string[] TablePages =
    [
        "/assessments/",
        "/assessments/by-updated/",
        "/assessments/kouki-koureisha-iryou/",
        FirstRevision,
        "/meetings/subcommittee-2015-08-06/",
        "/data/",
        "/pages/accessibility/",
        "/pages/about/",
    ];

    /// <summary>The schedule and tag pages, whose steps and entries are lists.</summary>
    private static readonly string[] ListPages = ["/schedules/kouki-2015/", $"/tags/{Uri.EscapeDataString("国民健康保険")}/"];

    public static TheoryData<string> PagesWithTables => new(TablePages);

    public static TheoryData<string> PagesToMeasure => new([.. TablePages, .. ListPages]);

    [Theory]
    [MemberData(nameof(PagesToMeasure))]
    public async Task Every_table_cell_and_list_entry_is_at_least_four_characters_wide_at_320_and_390px_and_on_its_side(string path)
    {
        foreach (var width in PhoneWidths.Append(PhoneOnItsSide))
        {
            var page = await site.OpenAsync(ResolvePath(path), width);
            await AssertNoBlockNarrowerThanFourCharacters(page, $"{path} at {width}px");
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_table_of_opinions_and_answers_reads_on_a_phone_and_stays_a_table_at_320_and_390px()
    {
        foreach (var width in PhoneWidths)
        {
            var page = await answered.OpenAsync(AnsweredOpinionsSiteFixture.PeriodPath, width);
            Assert.Equal(1, await page.Locator("main table:has(#responses-caption)").CountAsync());
            await AssertNoBlockNarrowerThanFourCharacters(page, $"{AnsweredOpinionsSiteFixture.PeriodPath} at {width}px");
            await AssertNoWcagViolation(page, $"{AnsweredOpinionsSiteFixture.PeriodPath} at {width}px");
            await AssertStackedTablesAreStillTables(page, AnsweredOpinionsSiteFixture.PeriodPath);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Tables_written_in_Markdown_stack_with_their_column_labels_and_keep_four_characters_at_320_and_390px()
    {
        // The example meeting's questions (番号, 質問, 回答), and a clerk's assessment whose cells hold <br> line breaks.
        var pages = new (BuiltSiteFixture Site, string Path)[]
        {
            (site, "/meetings/subcommittee-2015-08-06/"),
            (clerks, ClerkSiteFixture.Assessment),
        };
        foreach (var (built, path) in pages)
        {
            foreach (var width in PhoneWidths)
            {
                var page = await built.OpenAsync(path, width);
                var where = $"{path} at {width}px";
                var markdownTables = await page.Locator(MarkdownTables).CountAsync();
                Assert.True(markdownTables >= 1, $"{where}: no table in the body");
                Assert.Equal(markdownTables, await page.Locator($"{MarkdownTables}.stack-narrow").CountAsync());
                Assert.Equal(
                    await page.Locator($"{MarkdownTables} tbody td").CountAsync(),
                    await page.Locator($"{MarkdownTables} tbody td > .stack-label:first-child").CountAsync());
                var rowDisplays = await page.Locator($"{MarkdownTables} tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => getComputedStyle(r).display)");
                Assert.All(rowDisplays, display => Assert.Equal("block", display));
                await AssertNoBlockNarrowerThanFourCharacters(page, where);
                await AssertNoWcagViolation(page, where);
                await AssertStackedTablesAreStillTables(page, path);
                await page.Context.CloseAsync();
            }
        }
    }

    [Theory]
    [MemberData(nameof(PagesToMeasure))]
    public async Task Every_page_with_a_table_or_list_has_no_WCAG_22_AA_violation_at_320_and_390px(string path)
    {
        foreach (var width in PhoneWidths)
        {
            var page = await site.OpenAsync(ResolvePath(path), width);
            await AssertNoWcagViolation(page, $"{path} at {width}px");
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [MemberData(nameof(PagesWithTables))]
    public async Task Below_48em_each_row_is_a_block_whose_cells_show_their_column_label_and_wide_tables_are_unchanged(string path)
    {
        var phone = await site.OpenAsync(ResolvePath(path), 390);
        var narrow = await LayoutOf(phone);
        Assert.NotEmpty(narrow);
        foreach (var table in narrow)
        {
            Assert.True(table.Stacks, $"{path}: the table 「{table.Caption}」 lacks the class stack-narrow");
            Assert.All(table.RowDisplays, display => Assert.Equal("block", display));
            Assert.False(table.HeaderVisible, $"{path}: the column headers of 「{table.Caption}」 are still drawn above the blocks");
            foreach (var cell in table.Cells)
            {
                if (cell.Label is null)
                {
                    Assert.True(cell.OpensRow && cell.IsRowHeader,
                        $"{path}: a cell of 「{table.Caption}」 ({cell.Text}) shows no label; only the row header that opens a row may go without");
                }
                else
                {
                    Assert.True(cell.LabelVisible, $"{path}: the label 「{cell.Label}」 in 「{table.Caption}」 is not shown at 390px");
                    Assert.Equal(table.Columns[cell.Column], cell.Label);
                }
            }
        }
        await phone.Context.CloseAsync();

        var desktop = await site.OpenAsync(ResolvePath(path), 1280);
        foreach (var table in await LayoutOf(desktop))
        {
            Assert.All(table.RowDisplays, display => Assert.Equal("table-row", display));
            Assert.True(table.HeaderVisible || table.Columns.Length == 0, $"{path}: the column headers of 「{table.Caption}」 are hidden at 1280px");
            Assert.All(table.Cells, cell => Assert.False(cell.LabelVisible, $"{path}: the label 「{cell.Label}」 is drawn in the wide table"));
        }
        await desktop.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(PagesWithTables))]
    public async Task At_390px_a_stacked_table_is_still_a_table_with_headers_and_cells_each_label_heard_once(string path)
    {
        var page = await site.OpenAsync(ResolvePath(path), 390);
        await AssertStackedTablesAreStillTables(page, path);
        await page.Context.CloseAsync();
    }

    private string ResolvePath(string path)
    {
        if (!path.Contains('*', StringComparison.Ordinal))
        {
            return path;
        }
        var parent = Path.Combine(site.OutputDirectory, path[1..path.IndexOf('*', StringComparison.Ordinal)]);
        var folder = Directory.EnumerateDirectories(parent).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new InvalidOperationException($"no revision page was built under {parent}: is the checkout a git repository?");
        return path.Replace("*", Path.GetFileName(folder), StringComparison.Ordinal);
    }

    private static async Task AssertNoBlockNarrowerThanFourCharacters(IPage page, string where)
    {
        // The content box of each cell and list entry (a stacked cell's value area), in characters of its own font size.
        // Header cells the stacked layout hides visually (inside a 1px thead) are not drawn and are not measured.
        var blocks = await EvaluateAsync<MeasuredBlock[]>(page, $$"""
            [...document.querySelectorAll('{{Tables}} th, {{Tables}} td, main ol.timeline > li, main .plain-list > li')]
              .filter(e => { const head = e.closest('thead'); return !head || head.getBoundingClientRect().width > 1; })
              .map(e => {
                const s = getComputedStyle(e);
                const width = e.getBoundingClientRect().width - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)
                  - parseFloat(s.borderLeftWidth) - parseFloat(s.borderRightWidth);
                return { Characters: width / parseFloat(s.fontSize), Text: e.innerText.trim().slice(0, 30) };
              })
            """);
        Assert.True(blocks.Length > 0, $"{where}: no table cell or list entry was found to measure");
        var narrowest = blocks.MinBy(b => b.Characters)!;
        Assert.True(narrowest.Characters >= 4,
            $"{where}: 「{narrowest.Text}」 is {narrowest.Characters:0.0} characters wide (at least 4 wanted)");
    }

    private async Task AssertNoWcagViolation(IPage page, string where)
    {
        var result = await page.RunAxe(AccessibilityTests.WcagAA);
        var violations = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Take(3).Select(n => n.Html))}");
        Assert.True(result.Violations.Length == 0, $"{where}:\n" + string.Join("\n", violations));
        Assert.True(result.Passes.Length > 10, "axe ran fewer checks than expected: it may not have run at all.");
    }

    /// <summary>
    /// Two views of the same tables. Playwright's aria snapshot (computed from the DOM): a table named by its caption,
    /// one column header per column, a row per record. Chromium's own accessibility tree (over the DevTools
    /// protocol), which is what a screen reader gets: every element keeps its table role while CSS draws it as a
    /// block, and a cell's name is its value without the drawn label, which the column header already gives.
    /// </summary>
    private static async Task AssertStackedTablesAreStillTables(IPage page, string path)
    {
        var tables = page.Locator(Tables);
        var count = await tables.CountAsync();
        Assert.True(count >= 1, $"{path}: no table");
        for (var i = 0; i < count; i++)
        {
            var table = tables.Nth(i);
            var caption = (await table.Locator("caption").InnerTextAsync()).Trim();
            var columns = await table.Locator("thead th").AllInnerTextsAsync();
            var bodyRows = await table.Locator("tbody > tr").CountAsync();
            var nodes = (await table.AriaSnapshotAsync()).Split('\n').Select(l => AriaLine().Match(l)).Where(m => m.Success)
                .Select(m => (Role: m.Groups["role"].Value, Name: m.Groups["name"].Value)).ToList();
            Assert.Equal(("table", caption), nodes[0]);
            foreach (var column in columns.Select(c => c.Trim()))
            {
                var heard = nodes.Count(n => n == ("columnheader", column));
                Assert.True(heard == 1, $"{path}: 「{caption}」 exposes the column header 「{column}」 {heard} times, not once");
            }
            var rows = nodes.Count(n => n.Role == "row");
            Assert.True(rows == bodyRows + (columns.Count > 0 ? 1 : 0), $"{path}: 「{caption}」 exposes {rows} rows for {bodyRows} records");
            Assert.True(nodes.Count(n => n.Role == "cell") >= bodyRows, $"{path}: 「{caption}」 has rows without cells");
        }

        var browserTree = await ChromiumRolesAsync(page);
        Assert.NotEmpty(browserTree);
        foreach (var element in browserTree)
        {
            Assert.True(element.Role == element.ExpectedRole,
                $"{path}: Chromium exposes {element.Html} as {element.Role}, not {element.ExpectedRole}");
            Assert.True(WithoutSpaces(element.Name) == WithoutSpaces(element.ExpectedName),
                $"{path}: Chromium names {element.Html} 「{element.Name}」, not 「{element.ExpectedName}」");
        }
    }

    /// <summary>The role and name Chromium's accessibility tree gives each table, header and cell the theme wrote.</summary>
    private static async Task<List<ExposedElement>> ChromiumRolesAsync(IPage page)
    {
        // What each element should be: its role, and its name, the text a sighted reader sees minus the drawn label.
        var expected = await EvaluateAsync<ExpectedElement[]>(page, $$"""
            [...document.querySelectorAll('{{Tables}}, {{Tables}} th, {{Tables}} td')].map(e => {
              const copy = e.cloneNode(true);
              copy.querySelectorAll('.stack-label').forEach(l => l.remove());
              return {
                Role: e.tagName === 'TABLE' ? 'table' : e.tagName === 'TD' ? 'cell' : e.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader',
                Name: e.tagName === 'TABLE' ? e.caption.textContent : copy.textContent,
                Html: e.outerHTML.slice(0, 80),
              };
            })
            """);
        var cdp = await page.Context.NewCDPSessionAsync(page);
        var document = await cdp.SendAsync("DOM.getDocument", new() { ["depth"] = 0 });
        var found = await cdp.SendAsync("DOM.querySelectorAll", new()
        {
            ["nodeId"] = document!.Value.GetProperty("root").GetProperty("nodeId").GetInt32(),
            ["selector"] = $"{Tables}, {Tables} th, {Tables} td",
        });
        var nodeIds = found!.Value.GetProperty("nodeIds").EnumerateArray().Select(n => n.GetInt32()).ToList();
        Assert.Equal(expected.Length, nodeIds.Count);

        var exposed = new List<ExposedElement>();
        for (var i = 0; i < nodeIds.Count; i++)
        {
            var tree = await cdp.SendAsync("Accessibility.getPartialAXTree", new() { ["nodeId"] = nodeIds[i], ["fetchRelatives"] = false });
            var node = tree!.Value.GetProperty("nodes")[0];
            exposed.Add(new ExposedElement(
                expected[i].Html, StringOf(node, "role"), expected[i].Role, StringOf(node, "name"), expected[i].Name));
        }
        await cdp.DetachAsync();
        return exposed;
    }

    private static string StringOf(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) && value.TryGetProperty("value", out var text) ? text.ToString() : "";

    private static string WithoutSpaces(string text) => Whitespace().Replace(text, "");

    /// <summary>Each theme table's layout: whether it stacks, its rows' display, its columns and its cells' labels.</summary>
    private static async Task<TableLayout[]> LayoutOf(IPage page) =>
        await EvaluateAsync<TableLayout[]>(page, $$"""
            [...document.querySelectorAll('{{Tables}}')].map(t => {
              const head = t.querySelector('thead');
              return {
                Caption: t.caption.textContent.trim(),
                Stacks: t.classList.contains('stack-narrow'),
                HeaderVisible: !!head && head.getBoundingClientRect().width > 1,
                Columns: head ? [...head.querySelectorAll('th')].map(th => th.textContent.trim()) : [],
                RowDisplays: [...t.querySelectorAll('tbody > tr')].map(r => getComputedStyle(r).display),
                Cells: head ? [...t.querySelectorAll('tbody > tr > *')].map(c => {
                  const label = c.querySelector(':scope > .stack-label');
                  return {
                    Column: [...c.parentElement.children].indexOf(c),
                    OpensRow: c === c.parentElement.firstElementChild,
                    IsRowHeader: c.tagName === 'TH' && c.getAttribute('scope') === 'row',
                    Label: label ? label.textContent.trim() : null,
                    LabelVisible: !!label && label.getBoundingClientRect().height > 0,
                    Text: c.textContent.trim().slice(0, 30),
                  };
                }) : [],
              };
            })
            """);

    /// <summary>Evaluates a JavaScript expression in the page and reads its value, passed as JSON, into <typeparamref name="T"/>.</summary>
    private static async Task<T> EvaluateAsync<T>(IPage page, string expression) =>
        JsonSerializer.Deserialize<T>(await page.EvaluateAsync<string>($"() => JSON.stringify({expression})"))
        ?? throw new InvalidOperationException($"the page returned null for {expression}");

    /// <summary>A line of an aria snapshot: <c>- role "name"</c>, quoted as a whole when the name holds a colon.</summary>
    [GeneratedRegex(@"^\s*- '?(?<role>[a-z]+)(?: ""(?<name>.*?)"")?'?:?$")]
    private static partial Regex AriaLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private sealed record MeasuredBlock(double Characters, string Text);

    private sealed record ExpectedElement(string Role, string Name, string Html);

    private sealed record ExposedElement(string Html, string Role, string ExpectedRole, string Name, string ExpectedName);

    private sealed record TableCell(int Column, bool OpensRow, bool IsRowHeader, string? Label, bool LabelVisible, string Text);

    private sealed record TableLayout(string Caption, bool Stacks, bool HeaderVisible, string[] Columns, string[] RowDisplays, TableCell[] Cells);
}
