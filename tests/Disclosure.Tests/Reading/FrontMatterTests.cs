using Disclosure.Yaml;

namespace Disclosure.Tests.Reading;

public sealed class FrontMatterTests
{
    [Fact]
    public void SplitsYamlAndBodyWithTheLinesTheyStartOn()
    {
        var split = FrontMatter.Split("---\ntitle: t\ndate: 2015-08-06\n---\n\n本文\n");

        Assert.True(split.Present);
        Assert.Equal("title: t\ndate: 2015-08-06", split.Yaml);
        Assert.Equal(2, split.YamlFirstLine);
        Assert.Equal("\n本文\n", split.Body);
        Assert.Equal(5, split.BodyFirstLine);
    }

    [Fact]
    public void WindowsLineEndingsAreAccepted()
    {
        var split = FrontMatter.Split("---\r\ntitle: t\r\n---\r\n本文");

        Assert.True(split.Present);
        Assert.Equal("title: t", split.Yaml);
        Assert.Equal("本文", split.Body);
        Assert.Equal(4, split.BodyFirstLine);
    }

    [Fact]
    public void TextWithoutOpeningFenceHasNoFrontMatter()
    {
        var split = FrontMatter.Split("title: t\n---\n");

        Assert.False(split.Present);
        Assert.Equal("title: t\n---\n", split.Body);
        Assert.Equal(1, split.BodyFirstLine);
    }

    [Fact]
    public void UnclosedFenceTreatsTheRestAsYaml()
    {
        var split = FrontMatter.Split("---\ntitle: t\n本文");

        Assert.True(split.Present);
        Assert.Equal("title: t\n本文", split.Yaml);
        Assert.Equal("", split.Body);
    }
}
