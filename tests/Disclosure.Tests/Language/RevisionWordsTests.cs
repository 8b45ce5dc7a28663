using Disclosure.Testing;
using Disclosure.Diagnostics;
using Disclosure.History;
using Disclosure.Markdown;
using Disclosure.Rendering;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Language;

/// <summary>
/// The words revision pages and attachments add (hidden diff markers, section names, file sizes) follow the site's
/// language. The English test site is not in a git repository, so it has no revision pages to show them.
/// </summary>
public sealed class RevisionWordsTests
{
    private static readonly UiStrings English = UiStrings.Load(new ThemeFolders([RepositoryPaths.Theme]), "en", new DiagnosticBag());
    private static readonly UiStrings Japanese = UiStrings.Load(new ThemeFolders([RepositoryPaths.Theme]), "ja", new DiagnosticBag());

    [Fact]
    public void Diff_markers_for_screen_readers_are_in_the_site_language()
    {
        DiffSegment[] segments = [new(DiffKind.Unchanged, "kept "), new(DiffKind.Inserted, "new"), new(DiffKind.Deleted, "old")];

        Assert.Equal(
            "kept <ins class=\"diff\"><span class=\"visually-hidden\">Addition starts: </span>new<span class=\"visually-hidden\"> :addition ends</span></ins>"
            + "<del class=\"diff\"><span class=\"visually-hidden\">Deletion starts: </span>old<span class=\"visually-hidden\"> :deletion ends</span></del>",
            Markup.Diff(segments, English).Html);
        Assert.Contains("<span class=\"visually-hidden\">追加開始：</span>new<span class=\"visually-hidden\">：追加終了</span>", Markup.Diff(segments, Japanese).Html);
    }

    [Fact]
    public void Sections_of_a_version_are_named_and_its_redactions_shown_in_the_site_language()
    {
        const string file = "---\ntitle: \"Contract with {{redact commercial|Secret Ltd}}\"\ntags: [a, b]\n---\nIntroduction.\n\n## Risks\n\nText {{redact personal|Jane Doe}}.\n";
        var words = new PublicTextWords(English["revision.fields_section"], English["revision.body_section"], English["punct.comma"], English.MarkdownWords);

        var sections = PublicText.Of(file, words, MarkdownPipelines.For(allowHtml: false, eastAsianLineBreaks: false, English.MarkdownWords));

        Assert.Equal(["Fields (front matter)", "Text", "Risks"], sections.Select(s => s.Title));
        Assert.Contains("tags: a, b", sections[0].Text);
        Assert.Contains("title: Contract with [Withheld: commercial]", sections[0].Text);
        Assert.Equal("Text [Withheld: personal].", sections[2].Text);
    }

    [Theory]
    [InlineData(512, "512 bytes", "512バイト")]
    [InlineData(2048, "2 KB", "2 KB")]
    [InlineData(3 * 1024 * 1024, "3 MB", "3 MB")]
    public void File_sizes_are_in_the_site_language(long bytes, string english, string japanese)
    {
        Assert.Equal(english, Markup.FileSize(bytes, English));
        Assert.Equal(japanese, Markup.FileSize(bytes, Japanese));
    }

    [Fact]
    public void Plain_text_date_ranges_name_a_shared_Japanese_year_once()
    {
        Assert.Equal("平成27年（2015年）6月22日から7月21日まで", Japanese.DateRange(new DateOnly(2015, 6, 22), new DateOnly(2015, 7, 21)));
        Assert.Equal("22 June 2015 to 21 July 2015", English.DateRange(new DateOnly(2015, 6, 22), new DateOnly(2015, 7, 21)));
    }
}
