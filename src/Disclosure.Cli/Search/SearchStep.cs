using System.ComponentModel;
using System.Globalization;

namespace Disclosure.Cli.Search;

/// <summary>
/// The last step of <c>disclosure build</c>: indexes the written site for the search page and says how it went in
/// one line. It never fails the build — a site without search is still a complete site (its search page then
/// points to the lists) — so a missing Node.js or a failed index is a warning.
/// </summary>
public static class SearchStep
{
    public static async Task RunAsync(string outputDirectory)
    {
        try
        {
            var result = await new SearchIndexer(PagefindInstallation.InUserCache()).IndexAsync(outputDirectory, Console.WriteLine);
            var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
            var pages = result.PagesIndexed is { } count ? $"ページ {count} 件の" : "";
            Console.WriteLine(
                $"検索索引: {pages}索引を {Path.Combine(outputDirectory, SearchIndexer.BundleFolder)}/ に作りました（Pagefind {PagefindInstallation.Version}）。{seconds} 秒");
        }
        catch (SearchUnavailableException e)
        {
            Skipped(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Win32Exception)
        {
            Skipped($"検索索引を作れませんでした（{e.Message}）。");
        }
    }

    private static void Skipped(string reason) =>
        Console.Error.WriteLine($"警告: {reason}今回は検索索引を作らずに完了しました（--no-search で、この手順を省けます）。");
}
