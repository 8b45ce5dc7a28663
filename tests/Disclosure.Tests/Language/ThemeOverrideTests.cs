using Disclosure.Testing;
using Disclosure.Diagnostics;
using Disclosure.Pipeline;
using Disclosure.Rendering;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Language;

/// <summary>
/// A site's own theme folder (<c>--theme</c>) holding only a strings file: its keys win, every other word comes from
/// the default theme shipped beside the tool, as templates do.
/// </summary>
public sealed class ThemeOverrideTests : IDisposable
{
    private readonly string _theme = Path.Combine(Path.GetTempPath(), "disclosure-theme-" + Guid.NewGuid().ToString("N"));

    public ThemeOverrideTests() => Directory.CreateDirectory(Path.Combine(_theme, "strings"));

    [Fact]
    public async Task A_site_theme_that_overrides_one_Japanese_key_changes_that_word_and_keeps_the_rest()
    {
        WriteStrings("ja", "nav.home: トップページ\n");
        using var site = TempSite.With(("assessments/test.md", SampleContent.Assessment()));

        var result = await new SiteBuilder(site.Options() with { ThemeDirectory = _theme }).BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = HtmlPage.Load(site.OutputPath("assessments/test/index.html"));
        var menu = page.QuerySelectorAll("nav.site-nav a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal("トップページ", menu[0]);
        Assert.Equal(["評価書", "意見募集", "会議", "お知らせ", "検索"], menu.Skip(1));
        Assert.Equal(["トップページ", "評価書一覧"], page.QuerySelectorAll(".breadcrumbs a").Select(a => a.TextContent));
        Assert.Equal("お問い合わせ", page.QuerySelector(".footer-heading")?.TextContent);
        Assert.Equal("全項目評価書", page.QuerySelector(".eyebrow")?.TextContent);
    }

    [Fact]
    public async Task The_comment_server_gets_the_site_words_with_the_site_theme_overrides()
    {
        WriteStrings("en", "server.receipt.heading: Thank you\n");
        using var site = TempSite.With(Language.EnglishSite.SiteYml);

        var result = await new SiteBuilder(site.Options() with { ThemeDirectory = _theme }).BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var words = System.Text.Json.JsonDocument.Parse(site.ReadOutput("comment-server/words.json"));
        Assert.Equal("en", words.RootElement.GetProperty("language").GetString());
        var strings = UiStrings.FromWords("en", words.RootElement.GetProperty("words").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
        Assert.Equal("Thank you", strings["server.receipt.heading"]);
        Assert.Equal("Comment received (reference X)", strings.Format("server.receipt.title", "X"));
        Assert.Equal("6 August 2015", strings.Date(new DateOnly(2015, 8, 6)));
    }

    [Fact]
    public void Without_any_words_the_japanese_the_tool_ships_with_is_used()
    {
        var strings = UiStrings.FromWords("ja", new Dictionary<string, string>());

        Assert.Equal("意見を受け付けました", strings["server.receipt.heading"]);
        Assert.Equal("平成27年（2015年）8月6日", strings.Date(new DateOnly(2015, 8, 6)));
    }

    [Fact]
    public void The_site_theme_is_read_first_then_the_default_theme()
    {
        WriteStrings("en", "nav.home: Start\n");
        var diagnostics = new DiagnosticBag();

        var strings = UiStrings.Load(new ThemeFolders([_theme, RepositoryPaths.Theme]), "en", diagnostics);

        Assert.Equal("Start", strings["nav.home"]);
        Assert.Equal("Assessments", strings["nav.assessments"]);
        Assert.Equal("6 August 2015", strings.Date(new DateOnly(2015, 8, 6)));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void A_language_no_theme_has_falls_back_to_Japanese_with_a_warning()
    {
        var diagnostics = new DiagnosticBag();

        var strings = UiStrings.Load(new ThemeFolders([_theme, RepositoryPaths.Theme]), "fr", diagnostics);

        Assert.Equal("ホーム", strings["nav.home"]);
        Assert.Contains(diagnostics.Sorted(), d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("strings/fr.yml", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_theme, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }

    private void WriteStrings(string language, string yaml) => File.WriteAllText(Path.Combine(_theme, "strings", $"{language}.yml"), yaml);
}
