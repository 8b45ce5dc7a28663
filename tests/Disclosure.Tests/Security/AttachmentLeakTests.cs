using System.Globalization;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Security;

/// <summary>
/// The leak check reads attachments as a reader would: text in the encodings Japanese offices save in, the text
/// layer of a PDF (under a black box too), every part of Office and OpenDocument files. A redacted phrase in any
/// of them fails the build, naming the attachment and the redaction, never the words. What it cannot read is a
/// warning naming the attachment.
/// </summary>
public sealed class AttachmentLeakTests
{
    private const string Phrase = "株式会社みなとデータサービス";

    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Attachments");

    private static string Minutes => $$$"""
        ---
        title: 第4回部会
        date: 2015-08-06
        place: 会議室
        ---
        再委託先は{{非公開 法人の競争上の地位を害するおそれ|{{{Phrase}}}}}である。
        """;

    private static TempSite SiteWithAttachment(string fixture)
    {
        var site = TempSite.With(
            ("meetings/m.md", Minutes),
            ("assessments/a/index.md", SampleContent.Assessment(extraFields: ["attachments:", "  - title: 資料", $"    file: {fixture}"])));
        site.WriteBytes($"assessments/a/{fixture}", File.ReadAllBytes(Path.Combine(Fixtures, fixture)));
        return site;
    }

    [Theory]
    [InlineData("contractors-sjis.csv")]
    [InlineData("notes-eucjp.txt")]
    [InlineData("notes-utf16.txt")]
    [InlineData("blackbox.pdf")]
    [InlineData("minutes.docx")]
    [InlineData("contractors.xlsx")]
    [InlineData("briefing.pptx")]
    [InlineData("minutes.odt")]
    public async Task A_redacted_phrase_in_an_attachment_fails_the_build(string fixture)
    {
        using var site = SiteWithAttachment(fixture);

        var result = await site.BuildFailingAsync();

        var leak = DiagnosticAssert.SingleError(result, site.DisplayPath("meetings/m.md"), $"assessments/a/{fixture}");
        Assert.Equal(6, leak.Line);
        Assert.Contains("index.md の 11 行目", leak.Message);
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("みなとデータ", d.Message));
    }

    [Fact]
    public async Task A_clean_shift_jis_attachment_is_published_without_a_word()
    {
        using var site = SiteWithAttachment("schedule-sjis.csv");

        var result = await site.BuildSuccessfullyAsync();

        DiagnosticAssert.NoDiagnostics(result);
        Assert.Equal(File.ReadAllBytes(Path.Combine(Fixtures, "schedule-sjis.csv")), File.ReadAllBytes(site.OutputPath("assessments/a/schedule-sjis.csv")));
    }

    [Theory]
    [InlineData("photo.png", "画像")]
    [InlineData("scan.pdf", "文字情報のない PDF")]
    public async Task An_attachment_that_cannot_be_read_is_a_warning_naming_it(string fixture, string reason)
    {
        using var site = SiteWithAttachment(fixture);

        var result = await site.BuildSuccessfullyAsync();

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(site.DisplayPath("assessments/a/index.md"), warning.Path);
        Assert.Equal(11, warning.Line);
        Assert.Contains(fixture, warning.Message);
        Assert.Contains(reason, warning.Message);
    }

    [Fact]
    public async Task A_damaged_pdf_is_a_warning_not_a_crash()
    {
        using var site = SiteWithAttachment("blackbox.pdf");
        var bytes = File.ReadAllBytes(Path.Combine(Fixtures, "blackbox.pdf"));
        site.WriteBytes("assessments/a/blackbox.pdf", bytes[..(bytes.Length / 3)]);

        var result = await site.BuildAsync();

        Assert.Contains(result.Diagnostics, d => d.Line == 11 && d.Message.Contains("blackbox.pdf"));
    }

    [Fact]
    public async Task A_redacted_phrase_as_a_link_host_name_is_found_in_punycode()
    {
        var host = new IdnMapping().GetAscii(Phrase);
        using var site = TempSite.With(("meetings/m.md", Minutes), ("news/n.md", SampleContent.News($"[関連会社のサイト](https://{host}.example/)\n")));

        var result = await site.BuildFailingAsync();

        Assert.Equal(6, DiagnosticAssert.SingleError(result, site.DisplayPath("meetings/m.md"), "news/n/index.html").Line);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Redaction_markup_inside_an_attachment_is_an_error_as_it_would_be_published_as_written(bool siteHasRedactions)
    {
        using var site = TempSite.With(
            ("meetings/m.md", siteHasRedactions ? Minutes : SampleContent.Meeting()),
            ("assessments/a/index.md", SampleContent.Assessment(extraFields: ["attachments:", "  - title: 資料", "    file: notes.txt"])));
        site.Write("assessments/a/notes.txt", "委託先は{{redact 理由|株式会社べつのひみつ}}です。");

        var result = await site.BuildFailingAsync();

        Assert.Equal(11, DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a/index.md"), "添付ファイル「notes.txt」の中に非公開の印").Line);
    }
}
