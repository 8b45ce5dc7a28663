using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Reading;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Reading;

public sealed class SiteConfigParserTests
{
    private readonly DiagnosticBag _diagnostics = new();

    private SiteConfig? Parse(string yaml) => SiteConfigParser.Parse(Parsing.File("site.yml", yaml), _diagnostics);

    [Fact]
    public void ReadsEveryFieldOfAMinimalSiteYml()
    {
        var site = Parse(SampleContent.SiteYml());

        Assert.Empty(_diagnostics.Sorted());
        Assert.NotNull(site);
        Assert.Equal("テスト市 特定個人情報保護評価", site.Title);
        Assert.Equal("テスト市", site.Organization);
        Assert.Equal(new Uri("https://city.example/hogo/"), site.BaseUrl);
        Assert.Equal("ja", site.Language);
        Assert.Equal("http://127.0.0.1:5080", site.CommentEndpoint);
        Assert.Equal(new ContactInfo("総務課", "03-0000-0000", "hogo@city.example", "テスト市中央1-1"), site.Contact);
        Assert.False(site.AllowHtml);
    }

    [Fact]
    public void BasePathIsThePathOfTheBaseUrlWithSlashes()
    {
        var site = Parse(SampleContent.SiteYml().Replace("https://city.example/hogo/", "https://city.example/hogo"));

        Assert.NotNull(site);
        Assert.Equal("/hogo/", site.BasePath);
        Assert.Equal("/hogo/assessments/x/", site.Href("/assessments/x/"));
        Assert.Equal("https://city.example/hogo/assessments/x/", site.AbsoluteUrl("/assessments/x/"));
    }

    [Fact]
    public void TrailingSlashOfTheCommentEndpointIsDropped()
    {
        var site = Parse(SampleContent.SiteYml().Replace("http://127.0.0.1:5080", "http://127.0.0.1:5080/"));

        Assert.Equal("http://127.0.0.1:5080", site?.CommentEndpoint);
    }

    [Fact]
    public void EastAsianLineBreaksAreOnForAJapaneseSiteAndOffForAnEnglishOneUnlessSiteYmlSays()
    {
        Assert.True(Parse(SampleContent.SiteYml())?.EastAsianLineBreaks);
        Assert.False(Parse(SampleContent.SiteYml().Replace("language: ja", "language: en"))?.EastAsianLineBreaks);
        Assert.False(Parse(SampleContent.SiteYml() + "\nmarkdown:\n  east_asian_line_breaks: false\n")?.EastAsianLineBreaks);
        Assert.True(Parse(SampleContent.SiteYml().Replace("language: ja", "language: en") + "\nmarkdown:\n  east_asian_line_breaks: true\n")?.EastAsianLineBreaks);
        Assert.Empty(_diagnostics.Sorted());
    }

    [Fact]
    public void AMisspeltOrWrongMarkdownSettingIsReportedOnItsLine()
    {
        Parse(SampleContent.SiteYml() + "\nmarkdown:\n  east_asian_linebreaks: false\n");
        Parse(SampleContent.SiteYml() + "\nmarkdown:\n  east_asian_line_breaks: いいえ\n");

        var (warning, error) = (Assert.Single(_diagnostics.Sorted(), d => d.Severity == DiagnosticSeverity.Warning),
            Assert.Single(_diagnostics.Sorted(), d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(13, warning.Line);
        Assert.Contains("east_asian_linebreaks", warning.Message);
        Assert.Equal(13, error.Line);
        Assert.Equal("「east_asian_line_breaks」には true か false を書いてください（「いいえ」は使えません）。", error.Message);
    }

    [Fact]
    public void AllowHtmlTrueIsRead()
    {
        Assert.True(Parse(SampleContent.SiteYml(allowHtml: true))?.AllowHtml);
        Assert.False(Parse(SampleContent.SiteYml(allowHtml: false))?.AllowHtml);
    }

    [Fact]
    public void MissingContactIsAnErrorNamingContact()
    {
        var site = Parse("title: t\norganization: o\nbase_url: https://city.example/\n");

        Assert.Null(site);
        var error = Assert.Single(_diagnostics.Sorted());
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("content/site.yml", error.Path);
        Assert.Contains("contact", error.Message);
    }

    [Fact]
    public void BaseUrlThatIsNotHttpIsReportedOnItsLine()
    {
        var site = Parse("title: t\norganization: o\nbase_url: ftp://city.example/\ncontact:\n  department: d\n");

        Assert.Null(site);
        var error = Assert.Single(_diagnostics.Sorted());
        Assert.Equal(3, error.Line);
        Assert.Contains("base_url", error.Message);
    }

    [Theory]
    [InlineData("https://city.example/hogo/\uFEFF/", "U+FEFF")]
    [InlineData("https://city.example/\u200Bhogo/", "U+200B")]
    [InlineData("https://city.example/ho go/", "U+0020")]
    public void BaseUrlWithAnInvisibleCharacterIsReportedOnItsLine(string baseUrl, string named)
    {
        var site = Parse($"title: t\norganization: o\nbase_url: \"{baseUrl}\"\ncontact:\n  department: d\n");

        Assert.Null(site);
        var error = Assert.Single(_diagnostics.Sorted());
        Assert.Equal(3, error.Line);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void BaseUrlWithJapaneseInItsPathIsAccepted()
    {
        Assert.NotNull(Parse("title: t\norganization: o\nbase_url: https://city.example/保護評価/\ncontact:\n  department: d\n"));
    }

    [Fact]
    public void CommitMessagesAreNotPublishedUnlessHistoryAsksForThem()
    {
        Assert.False(Parse(SampleContent.SiteYml())!.PublishCommitMessages);
        Assert.False(Parse(SampleContent.SiteYml() + "\nhistory:\n  commit_messages: false\n")!.PublishCommitMessages);
        Assert.True(Parse(SampleContent.SiteYml() + "\nhistory:\n  commit_messages: true\n")!.PublishCommitMessages);
        Assert.True(Parse(SampleContent.SiteYml() + "\nhistory: {commit_messages: true}\n")!.PublishCommitMessages);
        Assert.Empty(_diagnostics.Sorted());
    }

    [Fact]
    public void ACommitMessagesValueThatIsNotTrueOrFalseIsReportedOnItsLine()
    {
        var yaml = "title: t\norganization: o\nbase_url: https://city.example/\ncontact:\n  department: d\nhistory:\n  commit_messages: はい\n";

        var site = Parse(yaml);

        var error = Assert.Single(_diagnostics.Sorted());
        Assert.Equal(7, error.Line);
        Assert.Contains("commit_messages", error.Message);
        Assert.False(site!.PublishCommitMessages);
    }

    [Fact]
    public void AMisspeltHistorySettingIsWarnedAboutOnItsLine()
    {
        var site = Parse("title: t\norganization: o\nbase_url: https://city.example/\ncontact:\n  department: d\nhistory:\n  commit_message: true\n");

        var warning = Assert.Single(_diagnostics.Sorted());
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(7, warning.Line);
        Assert.Contains("commit_message", warning.Message);
        Assert.False(site!.PublishCommitMessages);
    }
}
