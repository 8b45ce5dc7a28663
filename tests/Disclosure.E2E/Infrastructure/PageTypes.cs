namespace Disclosure.E2E.Infrastructure;

/// <summary>One example of every kind of page the generator writes.</summary>
public static class PageTypes
{
    public static readonly string[] All =
    [
        "/",
        "/assessments/",
        "/assessments/by-updated/",
        "/assessments/kouki-koureisha-iryou/",
        "/schedules/kouki-2015/",
        "/comment-periods/",
        "/comment-periods/kokuho-2026-iken/",
        "/comment-periods/kouki-2015-iken/",
        "/meetings/",
        "/meetings/subcommittee-2015-08-06/",
        "/news/",
        "/news/2015-09-30-kouki-kouhyou/",
        "/pages/about/",
        "/tags/",
        "/search/",
        "/404.html",
    ];

    public static IEnumerable<object[]> Cases => All.Select(p => new object[] { p });
}
