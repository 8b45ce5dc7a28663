using System.Net;
using Disclosure.Content;
using Disclosure.Rendering;
using Disclosure.Rendering.Models;

namespace Disclosure.Search;

/// <summary>
/// The Pagefind attributes the layout puts on <c>&lt;main&gt;</c>: which pages the site search indexes, the
/// kind of document each is (shown with each result, and usable as a filter), and the metadata that lets
/// Japanese compound nouns find the document they name (see <see cref="SearchKeywords"/>).
/// </summary>
public static class SearchIndexAttributes
{
    /// <summary>The Pagefind filter holding the document kind (評価書, 会議 …).</summary>
    public const string KindFilter = "種類";

    /// <summary>Metadata: the words that name an assessment (title, 事務の名称, system, tags). The search page weights it most.</summary>
    public const string KeywordsField = "keywords";

    /// <summary>Metadata: the words of any page's title and section headings. The search page weights it less.</summary>
    public const string HeadingsField = "headings";

    /// <summary>
    /// Attributes for the start tag of <c>&lt;main&gt;</c>, or nothing for pages the search leaves out:
    /// lists, tag pages, revision diffs (which repeat an assessment's text), the home, search and 404 pages,
    /// and expired documents, which leave every list.
    /// </summary>
    public static HtmlFragment For(PageModel page)
    {
        if (page.ExpiredOn is not null || CollectionOf(page) is not { } collection)
        {
            return HtmlFragment.Empty;
        }
        // Pagefind reads "name[attribute], name[attribute]" as several entries whose values sit in the named
        // attributes; a literal "name:value" list would be read as one entry (everything after the first colon).
        var attributes = new List<(string Name, string Value)>
        {
            ("data-pagefind-body", ""),
            ("data-search-kind", page.Strings.Of(collection)),
            ("data-search-headings", SearchKeywords.From([page.Title, .. page.BodyHeadings])),
        };
        var filters = new List<string> { $"{KindFilter}[data-search-kind]" };
        var meta = new List<string> { $"{HeadingsField}[data-search-headings]" };
        if (page is AssessmentPageModel { Assessment: var a })
        {
            attributes.Add(("data-search-assessment-kind", page.Strings.Of(a.Kind)));
            filters.Add("評価書の種類[data-search-assessment-kind]");
            // Assessments are what most searches look for: the words that name one, in any split, rank it first.
            attributes.Add(("data-search-keywords", SearchKeywords.From([a.Title, a.Affairs, a.System, .. a.Tags])));
            meta.Add($"{KeywordsField}[data-search-keywords]");
        }
        attributes.Add(("data-pagefind-filter", string.Join(", ", filters)));
        attributes.Add(("data-pagefind-meta", string.Join(", ", meta)));
        return new HtmlFragment(string.Join(' ', attributes.Select(x => x.Value.Length == 0 ? x.Name : $"{x.Name}=\"{WebUtility.HtmlEncode(x.Value)}\"")));
    }

    private static DocumentCollection? CollectionOf(PageModel page) => page switch
    {
        AssessmentPageModel => DocumentCollection.Assessments,
        SchedulePageModel => DocumentCollection.Schedules,
        CommentPeriodPageModel => DocumentCollection.CommentPeriods,
        MeetingPageModel => DocumentCollection.Meetings,
        NewsPageModel => DocumentCollection.News,
        FreePageModel => DocumentCollection.Pages,
        _ => null,
    };
}
