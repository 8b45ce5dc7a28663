using System.Text.RegularExpressions;
using Disclosure.Pipeline;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Links;

/// <summary>The short way of resolving plain links gives exactly what <see cref="Uri"/> gives, on real pages and on odd links.</summary>
[Collection(ExampleSiteCollection.Name)]
public sealed partial class PageLinkResolverTests(ExampleSiteDuringPeriod site)
{
    private static readonly Uri Origin = new("http://site.invalid/");

    [Theory]
    [InlineData("/hogo/assessments/x/")]
    [InlineData("/hogo/tags/住民基本台帳/")]
    [InlineData("#ii-ファイルの概要")]
    [InlineData("/hogo/a/./b/")]
    [InlineData("/hogo/a/../b/")]
    [InlineData("/hogo/a./b/..")]
    [InlineData("/hogo/%E4%BB%A4/")]
    [InlineData("/hogo/a b/")]
    [InlineData("/hogo/x/?page=2#top")]
    [InlineData("../b/#c")]
    [InlineData("b.html")]
    [InlineData("/hogo/ａｂ１/#全角")]
    [InlineData("/hogo/x/#a#b")]
    [InlineData("/hogo/x\\y/")]
    [InlineData("/hogo/・/")]
    public void Odd_links_resolve_as_uri_resolves_them(string reference)
    {
        AssertSameAsUri("/hogo/assessments/kouki/", reference);
    }

    [Fact]
    public void Every_link_of_every_page_of_the_example_site_resolves_as_uri_resolves_it()
    {
        var count = 0;
        foreach (var page in Directory.GetFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var href = "/hogo/" + Path.GetRelativePath(site.OutputDirectory, Path.GetDirectoryName(page)!).Replace('\\', '/').TrimEnd('.') + "/";
            foreach (Match link in Link().Matches(File.ReadAllText(page)))
            {
                AssertSameAsUri(href.Replace("//", "/"), System.Net.WebUtility.HtmlDecode(link.Groups[1].Value));
                count++;
            }
        }
        Assert.True(count > 1000, $"only {count} links");
    }

    private static void AssertSameAsUri(string pageHref, string reference)
    {
        var address = new Uri(Origin, pageHref);
        var expected = Uri.TryCreate(address, reference, out var resolved)
            ? new ResolvedLink(reference, Uri.UnescapeDataString(resolved.AbsolutePath), Uri.UnescapeDataString(resolved.Fragment.TrimStart('#')))
            : null;
        Assert.Equal(expected, new PageLinkResolver(pageHref).Resolve(reference));
    }

    [GeneratedRegex("\\shref=\"([^\"]*)\"")]
    private static partial Regex Link();
}
