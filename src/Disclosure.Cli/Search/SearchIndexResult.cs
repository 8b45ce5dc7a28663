namespace Disclosure.Cli.Search;

/// <param name="PagesIndexed">Pages in the index (the theme leaves out lists, tag and revision pages); null if Pagefind did not say.</param>
public sealed record SearchIndexResult(int? PagesIndexed, TimeSpan Elapsed);
