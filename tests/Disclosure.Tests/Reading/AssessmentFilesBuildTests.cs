using Disclosure.Tests.Support;

namespace Disclosure.Tests.Reading;

/// <summary>An assessment is either <c>&lt;id&gt;.md</c> or <c>&lt;id&gt;/index.md</c> with its attachments beside it.</summary>
public sealed class AssessmentFilesBuildTests : IAsyncLifetime
{
    private const string Notes = "修正内容一覧\n1. 3ページの誤りを訂正\n";

    private readonly TempSite _site = TempSite.With(
        ("assessments/single.md", SampleContent.Assessment(title: "単一ファイルの評価書")),
        ("assessments/folder/index.md", SampleContent.Assessment(
            title: "フォルダ形式の評価書",
            extraFields: ["attachments:", "  - title: 修正内容一覧", "    file: revision-notes.txt", "  - title: 様式", "    file: 様式 1.txt"])),
        ("assessments/folder/revision-notes.txt", Notes),
        ("assessments/folder/様式 1.txt", "様式"));

    public async Task InitializeAsync() => await _site.BuildSuccessfullyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void BothFormsBecomeAPageAtTheirId()
    {
        Assert.Equal("単一ファイルの評価書", HtmlPage.Load(_site.OutputPath("assessments/single/index.html")).QuerySelector("h1")?.TextContent);
        Assert.Equal("フォルダ形式の評価書", HtmlPage.Load(_site.OutputPath("assessments/folder/index.html")).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public void AttachmentIsCopiedBesideThePage()
    {
        Assert.Equal(Notes, File.ReadAllText(_site.OutputPath("assessments/folder/revision-notes.txt")));
        Assert.Equal("様式", File.ReadAllText(_site.OutputPath("assessments/folder/様式 1.txt")));
    }

    [Fact]
    public void AssessmentPageLinksToEachAttachmentWithItsTypeAndSize()
    {
        var page = HtmlPage.Load(_site.OutputPath("assessments/folder/index.html"));
        var items = page.QuerySelectorAll("#attachments + ul li").ToList();

        Assert.Equal(2, items.Count);
        var link = items[0].QuerySelector("a")!;
        Assert.Equal("/hogo/assessments/folder/revision-notes.txt", link.GetAttribute("href"));
        Assert.Equal("修正内容一覧", link.TextContent);
        Assert.Contains($"TXT、{new FileInfo(_site.OutputPath("assessments/folder/revision-notes.txt")).Length}バイト", items[0].TextContent);
        Assert.Equal("/hogo/assessments/folder/様式 1.txt", Uri.UnescapeDataString(items[1].QuerySelector("a")!.GetAttribute("href")!));
    }

    [Fact]
    public void TheIndexMdItselfIsNotCopied()
    {
        Assert.False(_site.OutputExists("assessments/folder/index.md"));
    }
}
