using Disclosure.Content;
using Disclosure.Reading;
using Disclosure.Routing;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Routing;

/// <summary>The route table: every URL of the site, and the file each is written to.</summary>
public sealed class SiteRoutesTests
{
    private readonly Parsing _parsing = new();

    [Theory]
    [InlineData(DocumentCollection.Assessments, "/assessments/x/")]
    [InlineData(DocumentCollection.Schedules, "/schedules/x/")]
    [InlineData(DocumentCollection.CommentPeriods, "/comment-periods/x/")]
    [InlineData(DocumentCollection.Meetings, "/meetings/x/")]
    [InlineData(DocumentCollection.News, "/news/x/")]
    [InlineData(DocumentCollection.Pages, "/pages/x/")]
    public void EachCollectionHasItsFolder(DocumentCollection collection, string url)
    {
        Assert.Equal(url, SiteRoutes.Document(collection, "x"));
    }

    [Fact]
    public void ADocumentsUrlIsItsRoute()
    {
        var assessment = Assessment("kokuho");

        Assert.Equal(SiteRoutes.Document(DocumentCollection.Assessments, "kokuho"), assessment.Url);
        Assert.StartsWith(SiteRoutes.Assessments, assessment.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFilesBesideAnAssessmentAreInsideItsFolder()
    {
        var assessment = Assessment("kokuho");

        Assert.Equal("/assessments/kokuho/feed.xml", SiteRoutes.FeedOf(assessment));
        Assert.Equal("/assessments/kokuho/revisions/abc1234/", SiteRoutes.Revision(assessment, "abc1234"));
        Assert.Equal("/assessments/kokuho/%E5%88%A5%E7%B4%99%201.pdf", SiteRoutes.Attachment(assessment, "別紙 1.pdf"));
        Assert.Equal("assessments/kokuho/別紙 1.pdf", SiteRoutes.FileOf(SiteRoutes.Attachment(assessment, "別紙 1.pdf")));
    }

    [Fact]
    public void APeriodsCalendarIsInsideItsFolder()
    {
        var period = CommentPeriodParser.Parse(_parsing.Open("comment-periods/kokuho-iken.yml", SampleContent.CommentPeriodYml("kokuho")));

        Assert.Equal("/comment-periods/kokuho-iken/calendar.ics", SiteRoutes.CalendarOf(period!));
    }

    [Fact]
    public void ATagIsEscapedInTheUrlAndReadableInTheFileName()
    {
        var url = SiteRoutes.Tag("国民 健康/保険");

        Assert.Equal("/tags/%E5%9B%BD%E6%B0%91%20%E5%81%A5%E5%BA%B7%2F%E4%BF%9D%E9%99%BA/", url);
        Assert.StartsWith(SiteRoutes.Tags, url, StringComparison.Ordinal);
        Assert.Equal("tags/国民 健康/保険/index.html", SiteRoutes.FileOf(url));
    }

    [Theory]
    [InlineData(1, "/assessments/")]
    [InlineData(2, "/assessments/page/2/")]
    [InlineData(13, "/assessments/page/13/")]
    public void TheFirstPageOfAListIsTheListItself(int number, string url)
    {
        Assert.Equal(url, SiteRoutes.ListPage(SiteRoutes.Assessments, number));
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/assessments/by-status/", "assessments/by-status/index.html")]
    [InlineData("/404.html", "404.html")]
    [InlineData("/feed.xml", "feed.xml")]
    [InlineData("/data/assessments.csv", "data/assessments.csv")]
    public void APathEndingInASlashIsAFoldersIndex(string url, string file)
    {
        Assert.Equal(file, SiteRoutes.FileOf(url));
    }

    [Fact]
    public void TheSitesOwnListsAreFoldersNoAssessmentMayTake()
    {
        Assert.All([SiteRoutes.AssessmentsByUpdated, SiteRoutes.AssessmentsByDepartment, SiteRoutes.AssessmentsByStatus, SiteRoutes.ListPage(SiteRoutes.Assessments, 2)],
            url => Assert.Contains(url[SiteRoutes.Assessments.Length..].Split('/')[0], SiteRoutes.ReservedAssessmentIds));
        Assert.True(SiteRoutes.IsReserved(Assessment("By-Status")));
        Assert.True(SiteRoutes.IsReserved(Assessment("page")));
        Assert.False(SiteRoutes.IsReserved(Assessment("pages")));
    }

    [Fact]
    public void DataFilesAndAssetsHaveTheirFolders()
    {
        Assert.Equal("/data/assessments.json", SiteRoutes.DataFile("assessments", "json"));
        Assert.StartsWith(SiteRoutes.OpenData, SiteRoutes.DataFile("assessments", "csv"), StringComparison.Ordinal);
        Assert.Equal("/assets/site.css", SiteRoutes.Asset("site.css"));
    }

    [Fact]
    public void TheCommentFormPostsToThePeriodOnTheCommentServer()
    {
        Assert.Equal("https://comments.city.example/periods/kokuho-iken/comments", SiteRoutes.CommentSubmission("https://comments.city.example", "kokuho-iken"));
    }

    private Assessment Assessment(string id) =>
        AssessmentParser.Parse(_parsing.Open($"assessments/{id}.md", SampleContent.Assessment()), null, attachmentFolder: null)!;
}
