using Disclosure.Tests.Support;

namespace Disclosure.Tests.Security;

/// <summary>
/// Nothing outside the content folder is read: a symbolic link committed under content/ — to the CI machine's
/// environment, to /etc/passwd, to a file elsewhere — is an error at the link, and nothing of its target is published.
/// </summary>
public sealed class ContentConfinementTests : IDisposable
{
    private readonly string _outside = Directory.CreateTempSubdirectory("disclosure-outside-").FullName;

    private static string AssessmentWithAttachment(string file) =>
        SampleContent.Assessment(extraFields: ["attachments:", "  - title: 資料", $"    file: {file}"]);

    [Theory]
    [InlineData("/proc/self/environ")]
    [InlineData("/etc/passwd")]
    public async Task An_attachment_linked_to_a_system_file_is_an_error_and_is_not_copied(string target)
    {
        using var site = TempSite.With(("assessments/a/index.md", AssessmentWithAttachment("env.txt")));
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "assessments/a/env.txt"), target);

        var result = await site.BuildFailingAsync();

        var error = DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a/index.md"), "env.txt");
        Assert.Equal(11, error.Line);
        Assert.Contains(target, error.Message);
        Assert.False(File.Exists(site.OutputPath("assessments/a/env.txt")));
    }

    [Fact]
    public async Task A_page_linked_to_a_file_outside_is_an_error_at_the_link()
    {
        var secret = Path.Combine(_outside, "secret.md");
        File.WriteAllText(secret, "---\ntitle: 外部の秘密\n---\n外部の秘密の本文\n");
        using var site = TempSite.With();
        Directory.CreateDirectory(Path.Combine(site.ContentDirectory, "pages"));
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "pages/x.md"), secret);

        var result = await site.BuildFailingAsync();

        var error = DiagnosticAssert.SingleError(result, site.DisplayPath("pages/x.md"), "content フォルダの外");
        Assert.Equal(1, error.Line);
        LeakAssert.Nowhere(site.OutputDirectory, "外部の秘密");
    }

    [Fact]
    public async Task A_linked_folder_is_named_once_not_file_by_file()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "a"));
        File.WriteAllText(Path.Combine(_outside, "a", "index.md"), SampleContent.Assessment(title: "外から来た評価書"));
        using var site = TempSite.With(("assessments/b.md", SampleContent.Assessment()));
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "assessments", "a"), Path.Combine(_outside, "a"));

        var result = await site.BuildFailingAsync();

        DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a"), "シンボリックリンク");
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.EndsWith("index.md", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_linked_collection_folder_is_an_error()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "news"));
        File.WriteAllText(Path.Combine(_outside, "news", "n.md"), "---\ntitle: 外のお知らせ\ndate: 2026-10-01\n---\n本文\n");
        using var site = TempSite.With();
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "news"), Path.Combine(_outside, "news"));

        var result = await site.BuildFailingAsync();

        DiagnosticAssert.SingleError(result, site.DisplayPath("news"), "シンボリックリンク");
        LeakAssert.Nowhere(site.OutputDirectory, "外のお知らせ");
    }

    [Fact]
    public async Task A_link_to_a_folder_among_news_items_is_not_read_as_one_even_when_named_like_one()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "more"));
        File.WriteAllText(Path.Combine(_outside, "more", "n.md"), "---\ntitle: 外のお知らせ\ndate: 2026-10-01\n---\n本文\n");
        using var site = TempSite.With(("news/2026-10-01-a.md", "---\ntitle: 中のお知らせ\ndate: 2026-10-01\n---\n本文\n"));
        Directory.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "news", "more.md"), Path.Combine(_outside, "more"));

        var result = await site.BuildSuccessfullyAsync();

        Assert.Contains(result.Diagnostics, d => d.Path == site.DisplayPath("news/more.md") && d.Message.Contains("使われません", StringComparison.Ordinal));
        Assert.True(File.Exists(site.OutputPath("news/2026-10-01-a/index.html")));
        Assert.False(Directory.Exists(site.OutputPath("news/more")));
        LeakAssert.Nowhere(site.OutputDirectory, "外のお知らせ");
    }

    [Fact]
    public async Task A_link_through_a_chain_that_ends_outside_is_caught()
    {
        using var site = TempSite.With(("assessments/a/index.md", AssessmentWithAttachment("notes.txt")));
        // notes.txt → ../hop.txt (inside) → /etc/hostname (outside).
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "assessments/hop.txt"), "/etc/hostname");
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "assessments/a/notes.txt"), "../hop.txt");

        var result = await site.BuildFailingAsync();

        Assert.Contains(result.Diagnostics, d => d.Path == site.DisplayPath("assessments/a/index.md") && d.Message.Contains("notes.txt"));
    }

    [Fact]
    public async Task A_link_that_loops_is_an_error_not_a_hang()
    {
        using var site = TempSite.With(("assessments/a/index.md", AssessmentWithAttachment("loop.txt")));
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "assessments/a/loop.txt"), "loop2.txt");
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "assessments/a/loop2.txt"), "loop.txt");

        var result = await site.BuildFailingAsync();

        Assert.Contains(result.Diagnostics, d => d.Path == site.DisplayPath("assessments/a/index.md") && d.Message.Contains("loop.txt"));
    }

    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("..")]
    public async Task An_attachment_path_that_leaves_its_folder_is_an_error(string file)
    {
        using var site = TempSite.With(("assessments/a/index.md", AssessmentWithAttachment(file)));

        var result = await site.BuildFailingAsync();

        Assert.Equal(11, DiagnosticAssert.SingleError(result, site.DisplayPath("assessments/a/index.md"), "ファイル名だけ").Line);
    }

    [Fact]
    public async Task A_link_that_stays_inside_the_content_folder_is_followed()
    {
        using var site = TempSite.With(
            ("assessments/a/index.md", AssessmentWithAttachment("shared.txt")),
            ("assessments/b/index.md", SampleContent.Assessment(title: "別の評価書")));
        site.Write("assessments/b/shared.txt", "共通の資料");
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "assessments/a/shared.txt"), "../b/shared.txt");

        await site.BuildSuccessfullyAsync();

        Assert.Equal("共通の資料", site.ReadOutput("assessments/a/shared.txt"));
    }

    [Fact]
    public async Task A_theme_asset_linked_outside_the_theme_is_an_error()
    {
        var theme = Directory.CreateTempSubdirectory("disclosure-theme-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(theme, "assets"));
            File.CreateSymbolicLink(Path.Combine(theme, "assets", "leak.txt"), "/etc/passwd");
            using var site = TempSite.With(("assessments/a.md", SampleContent.Assessment()));

            var result = await new Disclosure.Pipeline.SiteBuilder(site.Options() with { ThemeDirectory = theme }).BuildAsync();

            Assert.False(result.Succeeded);
            Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("assets/leak.txt", StringComparison.Ordinal) && d.Message.Contains("テーマのフォルダの外"));
            Assert.False(File.Exists(site.OutputPath("assets/leak.txt")));
        }
        finally
        {
            Directory.Delete(theme, recursive: true);
        }
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);
}
