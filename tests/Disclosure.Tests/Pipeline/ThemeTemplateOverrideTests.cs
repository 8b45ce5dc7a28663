using Disclosure.Pipeline;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Pipeline;

/// <summary>A site's theme holds only the templates it changes; the rest come from the default theme.</summary>
public sealed class ThemeTemplateOverrideTests
{
    [Fact]
    public async Task A_template_in_the_site_theme_replaces_the_default_one_of_the_same_name()
    {
        using var site = TempSite.With(("news/n.md", "---\ntitle: お知らせ\ndate: 2026-11-01\n---\n本文。\n"));
        var theme = Path.Combine(site.Root, "city-theme");
        Directory.CreateDirectory(Path.Combine(theme, "templates"));
        File.WriteAllText(Path.Combine(theme, "templates", "News.cshtml"),
            "@model Disclosure.Rendering.Models.NewsPageModel\n@{ Layout = \"_Layout\"; }\n<h1>@Model.Item.Title</h1>\n<p class=\"city-theme\">市のテーマ</p>\n");

        var result = await new SiteBuilder(site.Options() with { ThemeDirectory = theme }).BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var news = site.ReadOutput("news/n/index.html");
        Assert.Contains("<p class=\"city-theme\">市のテーマ</p>", news);
        Assert.Contains("class=\"site-footer\"", news);
        Assert.DoesNotContain("city-theme", site.ReadOutput("index.html"));
    }
}
