using Disclosure.E2E.Infrastructure;

namespace Disclosure.E2E;

[Collection(SiteCollection.Name)]
public sealed class HtmlValidityTests(SiteFixture site, ClerkSiteFixture clerkSite) : IClassFixture<ClerkSiteFixture>
{
    [Fact]
    public async Task Every_generated_page_passes_the_Nu_Html_Checker_with_no_error()
    {
        var pages = Directory.GetFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length >= 45, $"only {pages.Length} pages were built");

        var errors = await NuHtmlChecker.ErrorsInAsync(site.OutputDirectory);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Every_page_of_a_site_written_as_clerks_write_passes_the_Nu_Html_Checker_with_no_error()
    {
        // Headings from ### and a skipped level in the assessment and the minutes: without the outline being
        // normalised, the checker reports the h1 → h3 and h3 → h5 jumps as errors.
        var pages = Directory.GetFiles(clerkSite.OutputDirectory, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length >= 15, $"only {pages.Length} pages were built");

        var errors = await NuHtmlChecker.ErrorsInAsync(clerkSite.OutputDirectory);

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task The_checker_does_report_an_invalid_page()
    {
        // Proves the check above can fail: the same run on a page with a known error finds it.
        var folder = Directory.CreateTempSubdirectory("disclosure-vnu-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "bad.html"),
                "<!DOCTYPE html><html lang=\"ja\"><head><title>x</title></head><body><div aria-labelledby=\"\">x</div></body></html>");
            var errors = await NuHtmlChecker.ErrorsInAsync(folder);
            Assert.Contains(errors, e => e.Contains("aria-labelledby"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
