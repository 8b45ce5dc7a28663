using Disclosure.E2E.Infrastructure;

namespace Disclosure.E2E;

/// <summary>What each page type shows, as seen in Chromium on the served example site (today pinned to 2026-11-30).</summary>
[Collection(SiteCollection.Name)]
public sealed class PageRenderingTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_has_a_unique_title()
    {
        var titles = new Dictionary<string, string>();
        var page = await site.OpenAsync("/");
        foreach (var path in site.AllPages())
        {
            await page.GotoAsync(site.Url(path).ToString());
            var title = await page.TitleAsync();
            Assert.False(titles.TryGetValue(title, out var other), $"{path} and {other} share the title 「{title}」");
            titles[title] = path;
        }
        Assert.True(titles.Count >= 40, $"only {titles.Count} pages were checked");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_view_asks_for_nothing_that_is_missing_and_names_its_icon()
    {
        var page = await site.OpenAsync("/news/");
        var failed = new List<string>();
        page.Response += (_, response) => { if (response.Status >= 400) failed.Add($"{response.Status} {response.Url}"); };
        foreach (var path in new[] { "/", "/assessments/", "/comment-periods/kokuho-2026-iken/", "/meetings/" })
        {
            await page.GotoAsync(site.Url(path).ToString());
            await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);
        }
        Assert.Empty(failed);

        // Browsers ask for /favicon.ico on every view unless the page names an icon.
        var icon = await page.EvalOnSelectorAsync<string>("link[rel=icon]", "link => link.href");
        var served = await page.APIRequest.GetAsync(icon);
        Assert.Equal(200, served.Status);
        Assert.StartsWith("<svg", (await served.TextAsync()).TrimStart());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Home_lists_the_open_comment_period_first_with_its_deadline()
    {
        var page = await site.OpenAsync("/");
        Assert.Equal("みなと市 特定個人情報保護評価", await page.TitleAsync());
        var firstSection = page.Locator("main section").First;
        Assert.Equal("意見を募集しています", await firstSection.Locator("h2").InnerTextAsync());
        var card = firstSection.Locator(".card").First;
        Assert.Contains("国民健康保険", await card.InnerTextAsync());
        Assert.Equal("2027-03-31", await card.Locator(".deadline time").GetAttributeAsync("datetime"));
        Assert.Contains("令和9年（2027年）3月31日", await card.Locator(".deadline").InnerTextAsync());
        Assert.Contains("あと121日", await card.InnerTextAsync());
        Assert.True(await page.Locator("#recent-updates ~ ul li").CountAsync() > 3);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Assessment_index_groups_by_kind_and_offers_other_orders_without_script()
    {
        var page = await site.OpenAsync("/assessments/", javaScript: false);
        var groups = await page.Locator("main h2").AllInnerTextsAsync();
        Assert.Equal(["全項目評価書", "重点項目評価書", "基礎項目評価書"], groups);
        Assert.Equal("評価書の種類別", await page.Locator(".sort-nav [aria-current=page]").InnerTextAsync());
        Assert.Equal(0, await page.GetByText("児童手当").CountAsync()); // a draft stays unpublished

        await page.Locator(".sort-nav a", new() { HasText = "更新日の新しい順" }).ClickAsync();
        Assert.EndsWith("/assessments/by-updated/", page.Url);
        var dates = await page.Locator("main tbody td time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.True(dates.Length >= 5);
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Assessment_page_shows_metadata_contents_body_and_related_documents()
    {
        var page = await site.OpenAsync("/assessments/kouki-koureisha-iryou/");
        Assert.Equal("後期高齢者医療に関する事務 全項目評価書", await page.Locator("h1").InnerTextAsync());
        var meta = page.Locator("table.meta");
        Assert.Contains("健康保険課", await meta.InnerTextAsync());
        Assert.Contains("(旧)福祉システム", await meta.InnerTextAsync());
        Assert.Equal("2015-09-30", await meta.Locator("time").First.GetAttributeAsync("datetime"));
        Assert.Contains("平成27年（2015年）9月30日", await meta.InnerTextAsync());

        var tocLinks = await page.Locator("nav.toc a").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.True(tocLinks.Length >= 7);
        foreach (var href in tocLinks)
        {
            Assert.Equal(1, await page.Locator($"[id='{Uri.UnescapeDataString(href.TrimStart('#'))}']").CountAsync());
        }
        Assert.Contains("修正履歴", await page.Locator("nav.toc").InnerTextAsync());

        var related = await page.Locator("#related ~ *, section[aria-labelledby=related]").First.InnerTextAsync();
        Assert.Contains("第4回", related);
        Assert.Contains("意見募集", related);
        Assert.Equal(9, await page.Locator("section[aria-labelledby=related] .timeline li").CountAsync());
        Assert.Equal(1, await page.Locator("section[aria-labelledby=attachments] a[href$='revision-notes.txt']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Schedule_page_shows_nine_steps_with_states_for_the_pinned_day()
    {
        var page = await site.OpenAsync("/schedules/kouki-2015/");
        var steps = page.Locator("ol.timeline > li");
        Assert.Equal(9, await steps.CountAsync());
        Assert.Equal(9, await page.Locator("ol.timeline > li.step-done").CountAsync());
        Assert.Contains("第4回保護評価部会", await steps.Nth(5).InnerTextAsync());
        Assert.Equal("2015-08-06", await steps.Nth(5).Locator("time").GetAttributeAsync("datetime"));

        await page.GotoAsync(site.Url("/schedules/kokuho-2026/").ToString());
        var states = await page.Locator("ol.timeline > li .state-label").AllInnerTextsAsync();
        Assert.Contains("完了", states);
        Assert.Contains("実施中", states);
        Assert.Contains("予定", states);
        Assert.Equal(1, await page.Locator("ol.timeline > li[aria-current=step]").CountAsync());
        Assert.Contains("市民意見聴取", await page.Locator("ol.timeline > li[aria-current=step]").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Open_comment_period_shows_the_deadline_and_a_form_that_needs_no_script()
    {
        var page = await site.OpenAsync("/comment-periods/kokuho-2026-iken/", javaScript: false);
        Assert.Contains("募集中", await page.Locator(".period-state").InnerTextAsync());
        var form = page.Locator("form.comment-form");
        Assert.Equal("http://127.0.0.1:5080/periods/kokuho-2026-iken/comments", await form.GetAttributeAsync("action"));
        Assert.Equal("post", await form.GetAttributeAsync("method"));
        foreach (var field in new[] { "opinion", "section", "name", "email", "address", "agree" })
        {
            var label = page.Locator($"label[for={field}]");
            Assert.Equal(1, await label.CountAsync());
            Assert.False(string.IsNullOrWhiteSpace(await label.InnerTextAsync()));
        }
        Assert.Equal("4000", await page.GetAttributeAsync("#opinion", "maxlength"));
        Assert.False(await page.Locator("#website").IsVisibleAsync());
        Assert.True(await page.Locator("#section option").CountAsync() >= 6);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task With_script_the_character_counter_announces_what_is_left()
    {
        var page = await site.OpenAsync("/comment-periods/kokuho-2026-iken/");
        await page.FillAsync("#opinion", "意見です");
        // Written as the hint writes the limit (4,000文字以内), with the digits grouped the same way.
        Assert.Contains("4,000文字以内", await page.Locator("#opinion-hint").InnerTextAsync());
        await page.WaitForFunctionAsync("() => document.getElementById('opinion-count').textContent.includes('3,996')");
        Assert.Equal("あと3,996文字入力できます", await page.Locator("#opinion-count").InnerTextAsync());
        Assert.Equal("polite", await page.GetAttributeAsync("#opinion-count", "aria-live"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Closed_comment_period_shows_its_published_result_and_no_form()
    {
        var page = await site.OpenAsync("/comment-periods/kouki-2015-iken/");
        Assert.Contains("結果公表", await page.Locator(".period-state").InnerTextAsync());
        Assert.Contains("0件", await page.Locator(".result-count").InnerTextAsync());
        Assert.Equal(0, await page.Locator("form").CountAsync());
        Assert.Contains("平成27年（2015年）6月22日", await page.Locator(".notice").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Meeting_page_shows_place_agenda_questions_and_the_assessment_it_reviewed()
    {
        var page = await site.OpenAsync("/meetings/subcommittee-2015-08-06/");
        var meta = await page.Locator("table.meta").InnerTextAsync();
        Assert.Contains("市政情報室", meta);
        Assert.Contains("平成27年（2015年）8月6日", meta);
        Assert.True(await page.Locator("table.meta ol li").CountAsync() >= 3);
        var questions = page.Locator(".prose table").First;
        Assert.True(await questions.Locator("tbody tr").CountAsync() >= 7);
        Assert.Equal(1, await page.Locator("section[aria-labelledby=assessments] a[href$='/assessments/kouki-koureisha-iryou/']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task News_free_page_tag_and_404_pages_render()
    {
        var page = await site.OpenAsync("/news/");
        var dates = await page.Locator("main li time").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('datetime'))");
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);

        await page.GotoAsync(site.Url("/pages/accessibility/").ToString());
        Assert.Contains("JIS X 8341-3", await page.Locator("main").InnerTextAsync());

        await page.GotoAsync(site.Url("/tags/").ToString());
        await page.Locator("main .tags a").First.ClickAsync();
        Assert.StartsWith("タグ「", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("main li a[href*='/assessments/']").CountAsync() >= 1);

        var response = await page.GotoAsync(site.Url("/no-such-page/").ToString());
        Assert.Equal(404, response!.Status);
        Assert.Equal("ページが見つかりません", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("text/css", (await page.EvaluateAsync<string>("() => document.styleSheets.length > 0 ? 'text/css' : ''")));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Breadcrumbs_lead_back_to_the_home_page()
    {
        var page = await site.OpenAsync("/schedules/kouki-2015/");
        var crumbs = await page.Locator("nav[aria-label='パンくずリスト'] li").AllInnerTextsAsync();
        Assert.Equal("ホーム", crumbs[0]);
        Assert.Equal("評価書一覧", crumbs[1]);
        Assert.Equal("後期高齢者医療に関する事務 全項目評価書", crumbs[2]);
        Assert.Equal("page", await page.Locator("nav[aria-label='パンくずリスト'] li:last-child [aria-current]").GetAttributeAsync("aria-current"));
        await page.Context.CloseAsync();
    }
}
