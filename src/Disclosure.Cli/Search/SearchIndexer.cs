using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Disclosure.Cli.Search;

/// <summary>
/// Builds the site search index: runs Pagefind over the written site, which puts its bundle (the index, and the
/// script the search page loads) in <c>output/pagefind/</c>. Which pages and which parts of them are indexed is
/// decided by the theme's <c>data-pagefind-*</c> attributes (see <c>Disclosure.Search.SearchIndexAttributes</c>).
/// </summary>
public sealed partial class SearchIndexer(PagefindInstallation pagefind)
{
    /// <summary>The bundle's folder inside the output; the search page's script expects it beside <c>assets/</c>.</summary>
    public const string BundleFolder = "pagefind";

    private static readonly TimeSpan IndexLimit = TimeSpan.FromMinutes(5);

    /// <exception cref="SearchUnavailableException">Pagefind is missing and cannot be installed, or it failed.</exception>
    public async Task<SearchIndexResult> IndexAsync(string outputDirectory, Action<string> say)
    {
        var clock = Stopwatch.StartNew();
        var executable = await pagefind.ExecutableAsync(say);
        var site = Path.GetFullPath(outputDirectory);
        ExternalProcess.Outcome outcome;
        try
        {
            outcome = await ExternalProcess.RunAsync(executable, ["--site", site, "--output-subdir", BundleFolder], site, IndexLimit);
        }
        catch (TimeoutException e)
        {
            throw new SearchUnavailableException($"検索索引を作れませんでした（{e.Message}）。");
        }
        if (outcome.ExitCode != 0)
        {
            throw new SearchUnavailableException($"検索索引を作れませんでした（Pagefind の終了コード {outcome.ExitCode}：{outcome.LastErrorLine}）。");
        }
        // Pagefind reports "Indexed 21 pages" in its summary; without that line the count is unknown, not zero.
        int? pages = IndexedPages().Match(outcome.Stdout) is { Success: true } match
            ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : null;
        return new SearchIndexResult(pages, clock.Elapsed);
    }

    [GeneratedRegex(@"Indexed (\d+) pages?")]
    private static partial Regex IndexedPages();
}
