using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Disclosure.Html;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Html;

/// <summary>
/// One pass over a page puts the base path on its root-relative URLs and reads its ids and links, exactly as the
/// patterns below say (they were the implementation; they stay as its specification).
/// </summary>
[Collection(ExampleSiteCollection.Name)]
public sealed partial class SiteLinksTests(ExampleSiteDuringPeriod site)
{
    [Theory]
    [InlineData("<a href=\"/x/\">x</a>", "<a href=\"/hogo/x/\">x</a>")]
    [InlineData("<img src='/a.png'><form action=\"/send\">", "<img src='/hogo/a.png'><form action=\"/hogo/send\">")]
    [InlineData("<a href=\"//cdn.example/x\">", "<a href=\"//cdn.example/x\">")]
    [InlineData("<a href=\"https://e.example/\">", "<a href=\"https://e.example/\">")]
    [InlineData("<a data-href=\"/x\">", "<a data-href=\"/x\">")]
    [InlineData("<a href=/x>", "<a href=/x>")]
    [InlineData("<a href=\"/\">", "<a href=\"/hogo/\">")]
    [InlineData("<p>\u3000href='/x' は本文</p>", "<p>\u3000href='/hogo/x' は本文</p>")]
    [InlineData("<a href=\"/x", "<a href=\"/hogo/x")]
    [InlineData("<a href=\"/令和/\">", "<a href=\"/hogo/令和/\">")]
    public void Root_relative_urls_get_the_base_path(string html, string expected)
    {
        Assert.Equal(expected, Encoding.UTF8.GetString(SiteLinks.Finish(html, "/hogo/").Utf8));
        Assert.Equal(html, Encoding.UTF8.GetString(SiteLinks.Finish(html, "/").Utf8));
    }

    [Fact]
    public void Ids_and_links_are_read_as_the_finished_page_has_them_with_entities_decoded()
    {
        var html = "<h2 id=\"a&amp;b\">x</h2><a href=\"/x/?a=1&amp;b=2\">x</a><a href='#a&amp;b' id='c'></a><form action=\"/send\"></form>"
            + "<img src=\"/i.png\" srcset=\"/j.png\"><a href=\"/open' id=\"d\">";

        var finished = SiteLinks.Finish(html, "/hogo/");

        Assert.Equal(["a&b", "c", "d"], finished.Ids);
        Assert.Equal(["/hogo/x/?a=1&b=2", "#a&b", "/hogo/i.png"], finished.References);
    }

    [Fact]
    public void Every_page_of_the_example_site_reads_as_the_patterns_read_it()
    {
        var pages = Directory.GetFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 40);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var finished = SiteLinks.Finish(html, "/");
            Assert.Equal(File.ReadAllBytes(page), finished.Utf8);
            Assert.Equal(Id().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)), finished.Ids);
            Assert.Equal(Reference().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[3].Value)), finished.References);
            Assert.Equal(RootRelative().Replace(html, m => $"{m.Groups[1].Value}{m.Groups[2].Value}/hogo/{m.Groups[3].Value}"),
                Encoding.UTF8.GetString(SiteLinks.Finish(html, "/hogo/").Utf8));
        }
    }

    [GeneratedRegex("""(\s(?:href|src|action)=)(["'])/(?!/)([^"']*)""")]
    private static partial Regex RootRelative();

    [GeneratedRegex("""\s(href|src)=(["'])([^"']*)\2""")]
    private static partial Regex Reference();

    [GeneratedRegex("""\sid=(["'])([^"']*)\1""")]
    private static partial Regex Id();
}
