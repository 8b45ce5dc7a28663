using AngleSharp.Dom;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Links;

/// <summary>
/// Checks the built example site independently of the build's own link validation: every site link in every page
/// must name a file that was written, and every anchor an id in that file.
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed class ExampleSiteLinkTests(ExampleSiteDuringPeriod site)
{
    private const string BasePath = SampleContent.BasePath;

    private IEnumerable<(string Page, string Url)> SiteLinks()
    {
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var page = Path.GetRelativePath(site.OutputDirectory, file).Replace('\\', '/');
            var document = HtmlPage.Load(file);
            var urls = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!));
            foreach (var url in urls)
            {
                yield return (page, url);
            }
        }
    }

    /// <summary>The output file a site URL is served from: <c>/hogo/x/</c> → <c>x/index.html</c>.</summary>
    private string FileOf(string url)
    {
        var path = Uri.UnescapeDataString(url.Split('#')[0])[BasePath.Length..];
        return Path.Combine(site.OutputDirectory, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
    }

    private static ISet<string> IdsIn(string file) =>
        HtmlPage.Load(file).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void EveryLinkUnderTheBasePathNamesAFileInTheOutput()
    {
        var links = SiteLinks().Where(l => l.Url.StartsWith(BasePath, StringComparison.Ordinal)).ToList();
        var broken = links.Where(l => !File.Exists(FileOf(l.Url))).Select(l => $"{l.Page}: {l.Url}").Distinct().ToList();

        Assert.True(links.Count > 100, $"Only {links.Count} site links found.");
        Assert.True(broken.Count == 0, "Links to files that were not written:\n" + string.Join("\n", broken));
    }

    [Fact]
    public void EveryAnchorOfASiteLinkIsAnIdInItsPage()
    {
        var ids = new Dictionary<string, ISet<string>>();
        var broken = new List<string>();
        foreach (var (page, url) in SiteLinks())
        {
            var hash = url.IndexOf('#');
            if (hash < 0 || hash == url.Length - 1)
            {
                continue;
            }
            string? file = url.StartsWith(BasePath, StringComparison.Ordinal) ? FileOf(url)
                : hash == 0 ? Path.Combine(site.OutputDirectory, page)
                : null;
            if (file is null || !File.Exists(file))
            {
                continue;
            }
            if (!ids.TryGetValue(file, out var fileIds))
            {
                ids[file] = fileIds = IdsIn(file);
            }
            if (!fileIds.Contains(Uri.UnescapeDataString(url[(hash + 1)..])))
            {
                broken.Add($"{page}: {url}");
            }
        }
        Assert.True(broken.Count == 0, "Links to anchors that do not exist:\n" + string.Join("\n", broken.Distinct()));
    }

    [Fact]
    public void IdsAreUniqueInEveryPage()
    {
        var duplicated = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var ids = HtmlPage.Load(file).QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            duplicated.AddRange(ids.GroupBy(id => id).Where(g => g.Count() > 1)
                .Select(g => $"{Path.GetRelativePath(site.OutputDirectory, file)}: {g.Key}"));
        }
        Assert.True(duplicated.Count == 0, "Ids used twice in a page:\n" + string.Join("\n", duplicated));
    }

    [Fact]
    public void NoLinkLeavesTheSiteOrStillNamesASourceFile()
    {
        var relativeOrSource = SiteLinks()
            .Where(l => !l.Url.StartsWith(BasePath, StringComparison.Ordinal) && !l.Url.StartsWith('#') && !l.Url.Contains(':', StringComparison.Ordinal))
            .Concat(SiteLinks().Where(l => l.Url.Split('#')[0] is var path && (path.EndsWith(".md", StringComparison.Ordinal) || path.EndsWith(".yml", StringComparison.Ordinal))))
            .Select(l => $"{l.Page}: {l.Url}")
            .Distinct()
            .ToList();

        Assert.True(relativeOrSource.Count == 0, "Links outside the base path or to source files:\n" + string.Join("\n", relativeOrSource));
    }

    [Fact]
    public void AssessmentPageLinksToTheRewrittenSourceFileLinks()
    {
        var hrefs = site.Page("assessments/kouki-koureisha-iryou/index.html").QuerySelectorAll(".prose a[href]")
            .Select((IElement a) => a.GetAttribute("href")).ToList();

        // Written as ../../meetings/subcommittee-2015-06-22.md and ../../comment-periods/kouki-2015-iken.md in index.md.
        Assert.Contains("/hogo/meetings/subcommittee-2015-06-22/", hrefs);
        Assert.Contains("/hogo/comment-periods/kouki-2015-iken/", hrefs);
    }
}
