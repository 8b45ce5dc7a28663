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

        await BuildWithCityTheme(site,
            ("News", "@model Disclosure.Rendering.Models.NewsPageModel\n@{ Layout = \"_Layout\"; }\n<h1>@Model.Item.Title</h1>\n<p class=\"city-theme\">市のテーマ</p>\n"));

        var news = site.ReadOutput("news/n/index.html");
        Assert.Contains("<p class=\"city-theme\">市のテーマ</p>", news);
        Assert.Contains("class=\"site-footer\"", news);
        Assert.DoesNotContain("city-theme", site.ReadOutput("index.html"));
    }

    [Fact]
    public async Task A_partial_is_written_where_it_is_included_with_its_model_encoded_as_on_any_page()
    {
        using var site = TempSite.With(("news/n.md", "---\ntitle: \"お知らせ<b>\"\ndate: 2026-11-01\n---\n本文。\n"));

        await BuildWithCityTheme(site,
            ("News", "@model Disclosure.Rendering.Models.NewsPageModel\n@{ Layout = \"_Layout\"; }\n<h1>@Model.Item.Title</h1>\n<p>前</p>@{ await IncludeAsync(\"_CityNote\", Model.Item.Title); }<p>後</p>\n"),
            ("_CityNote", "@model string\n<aside class=\"city-note\">@Model</aside>@{ await IncludeAsync(\"_CityInner\", 3); }"),
            ("_CityInner", "@model int\n<i>@(Model + 1)</i>"));

        Assert.Contains("<p>前</p><aside class=\"city-note\">お知らせ&lt;b&gt;</aside><i>4</i><p>後</p>", site.ReadOutput("news/n/index.html"));
    }

    /// <summary>Builds the site with a theme of its own holding these templates, and expects the build to succeed.</summary>
    private static async Task BuildWithCityTheme(TempSite site, params (string Name, string Source)[] templates)
    {
        var theme = Path.Combine(site.Root, "city-theme");
        Directory.CreateDirectory(Path.Combine(theme, "templates"));
        foreach (var (name, source) in templates)
        {
            File.WriteAllText(Path.Combine(theme, "templates", name + ".cshtml"), source);
        }

        var result = await new SiteBuilder(site.Options() with { ThemeDirectory = theme }).BuildAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
