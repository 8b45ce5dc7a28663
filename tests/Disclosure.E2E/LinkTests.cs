using Disclosure.E2E.Infrastructure;

namespace Disclosure.E2E;

[Collection(SiteCollection.Name)]
public sealed class LinkTests(SiteFixture site)
{
    /// <summary>
    /// Follows every link and resource of every page in Chromium's view of the served site: each must answer 200,
    /// and each #anchor must name an element on the page it leads to.
    /// </summary>
    [Fact]
    public async Task Every_link_and_anchor_on_every_page_resolves()
    {
        var page = await site.OpenAsync("/");
        var checkedUrls = new Dictionary<string, int>();
        var anchors = new List<(string From, string Url)>();
        var pages = site.AllPages();
        foreach (var path in pages)
        {
            await page.GotoAsync(site.Url(path).ToString());
            var urls = await page.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(e => e.href || e.src)");
            foreach (var url in urls.Where(u => u.StartsWith(site.Server.Origin.ToString(), StringComparison.Ordinal)))
            {
                var withoutFragment = url.Split('#')[0];
                if (!checkedUrls.ContainsKey(withoutFragment))
                {
                    var response = await page.Context.APIRequest.GetAsync(withoutFragment);
                    checkedUrls[withoutFragment] = response.Status;
                }
                Assert.True(checkedUrls[withoutFragment] == 200, $"{path} links to {url}, which answers {checkedUrls[withoutFragment]}");
                if (url.Contains('#') && !url.EndsWith('#'))
                {
                    anchors.Add((path, url));
                }
            }
        }

        foreach (var (from, url) in anchors)
        {
            await page.GotoAsync(url);
            var id = Uri.UnescapeDataString(new Uri(url).Fragment.TrimStart('#'));
            var found = await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", id);
            Assert.True(found, $"{from} links to {url}, but that page has no element with id 「{id}」");
        }

        Assert.True(pages.Count >= 40, $"only {pages.Count} pages found");
        Assert.True(checkedUrls.Count >= 45, $"only {checkedUrls.Count} distinct URLs were followed");
        Assert.True(anchors.Count >= 10, $"only {anchors.Count} anchors were checked");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Links_respect_the_base_path_of_the_site()
    {
        var page = await site.OpenAsync("/news/2015-09-30-kouki-kouhyou/");
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('a[href^=\"/\"], link[href^=\"/\"]')].map(e => e.getAttribute('href'))");
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith(SiteFixture.BasePath, h));
        await page.Context.CloseAsync();
    }
}
