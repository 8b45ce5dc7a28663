using Disclosure.Routing;

namespace Disclosure.Rendering.Models;

/// <summary>
/// Where a page stands in a list split over several pages. A long list on one page is megabytes on a phone and a
/// table no screen reader user can get through; where its pages are is <see cref="SiteRoutes.ListPage"/>'s to say.
/// </summary>
/// <param name="Current">This page's number, from 1.</param>
/// <param name="Count">How many pages the list has.</param>
/// <param name="FirstPath">The list's first page, e.g. <c>/assessments/</c>.</param>
/// <param name="FirstItem">The number of the first item on this page, from 1.</param>
/// <param name="LastItem">The number of the last item on this page.</param>
public sealed record Pagination(int Current, int Count, string FirstPath, int FirstItem, int LastItem)
{
    /// <summary>Items on one page: about 40 KB of HTML, a short scroll on a phone.</summary>
    public const int PageSize = 100;

    /// <summary>This page's path.</summary>
    public string Path => PathOf(Current);

    /// <summary>The path of page <paramref name="number"/> of this list.</summary>
    public string PathOf(int number) => SiteRoutes.ListPage(FirstPath, number);

    public string? Previous => Current > 1 ? PathOf(Current - 1) : null;

    public string? Next => Current < Count ? PathOf(Current + 1) : null;

    /// <summary>The page numbers linked: the first, the last and two either side of this one; null where numbers are left out.</summary>
    public IReadOnlyList<int?> Shown
    {
        get
        {
            var shown = new List<int?>();
            for (var number = 1; number <= Count; number++)
            {
                if (number == 1 || number == Count || Math.Abs(number - Current) <= 2)
                {
                    shown.Add(number);
                }
                else if (shown[^1] is not null)
                {
                    shown.Add(null);
                }
            }
            return shown;
        }
    }

    /// <summary>Splits a list into pages; an empty list still has one (empty) page.</summary>
    public static IEnumerable<(Pagination Pagination, IReadOnlyList<T> Items)> Split<T>(IReadOnlyList<T> items, string firstPath)
    {
        var count = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        for (var number = 1; number <= count; number++)
        {
            var first = (number - 1) * PageSize;
            var onPage = new List<T>(PageSize);
            for (var i = first; i < Math.Min(first + PageSize, items.Count); i++)
            {
                onPage.Add(items[i]);
            }
            yield return (new Pagination(number, count, firstPath, first + 1, first + onPage.Count), onPage);
        }
    }
}
