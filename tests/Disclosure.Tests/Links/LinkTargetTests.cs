using Disclosure.Markdown;

namespace Disclosure.Tests.Links;

public sealed class LinkTargetTests
{
    [Theory]
    [InlineData("https://www.ppc.go.jp/", true)]
    [InlineData("http://example.com/a.md", true)]
    [InlineData("mailto:hogo@city.example", true)]
    [InlineData("//cdn.example/x.js", true)]
    [InlineData("/assessments/x/", false)]
    [InlineData("../meetings/m.md", false)]
    [InlineData("#section", false)]
    [InlineData("other/", false)]
    public void ExternalLinksAreThoseWithASchemeOrHost(string url, bool external)
    {
        Assert.Equal(external, LinkTarget.IsExternal(url));
    }

    [Theory]
    [InlineData("../comment-periods/y.yml", true)]
    [InlineData("../../meetings/x.md", true)]
    [InlineData("../schedules/s.yaml#step", true)]
    [InlineData("x.MD", true)]
    [InlineData("/assessments/x.md", false)] // site-absolute: a URL, not a source file
    [InlineData("../assessments/x/", false)]
    [InlineData("../assessments/x/notes.txt", false)]
    public void SourceFileLinksAreRelativeLinksToContentFiles(string url, bool sourceFile)
    {
        Assert.Equal(sourceFile, LinkTarget.IsSourceFile(url));
    }

    [Theory]
    [InlineData("pages/about.md", "../comment-periods/y.yml", "comment-periods/y.yml")]
    [InlineData("assessments/x/index.md", "../../meetings/m.md", "meetings/m.md")]
    [InlineData("assessments/x.md", "../meetings/m.md#議事", "meetings/m.md")]
    [InlineData("assessments/x.md", "y.md", "assessments/y.md")]
    [InlineData("pages/about.md", "../meetings/第1回.md", "meetings/第1回.md")]
    public void SourcePathsResolveFromTheFolderOfTheFileTheLinkIsWrittenIn(string from, string url, string expected)
    {
        Assert.Equal(expected, LinkTarget.ResolveSourcePath(from, url));
    }

    [Theory]
    [InlineData("/assessments/x/", "../y/", "/assessments/y/")]
    [InlineData("/assessments/x/", "../../meetings/m/", "/meetings/m/")]
    [InlineData("/assessments/x/", "notes.txt", "/assessments/x/notes.txt")]
    [InlineData("/assessments/x/", "#section", "/assessments/x/#section")]
    [InlineData("/assessments/x/", "/schedules/s/", "/schedules/s/")]
    [InlineData("/pages/about/", "../../assessments/x/#a", "/assessments/x/#a")]
    public void UrlsResolveAsABrowserWouldFromThePageUrl(string page, string url, string expected)
    {
        Assert.Equal(expected, LinkTarget.ResolveUrl(page, url));
    }

    [Fact]
    public void StripFragmentSplitsOffTheAnchor()
    {
        Assert.Equal("/assessments/x/", LinkTarget.StripFragment("/assessments/x/#a", out var fragment));
        Assert.Equal("#a", fragment);
        Assert.Equal("/assessments/x/", LinkTarget.StripFragment("/assessments/x/", out var none));
        Assert.Equal("", none);
    }
}
