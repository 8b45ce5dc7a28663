using Disclosure.Content;
using Disclosure.Reading;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Reading;

public sealed class CommentPeriodParserTests
{
    private readonly Parsing _parsing = new();

    [Fact]
    public void ReadsAYamlPeriodWithDefaults()
    {
        var period = CommentPeriodParser.Parse(_parsing.Open("comment-periods/kokuho-2026-iken.yml", """
            title: 国民健康保険 評価書（案）への意見募集
            assessment: kokumin-kenkou-hoken-2026
            opens: 2026-11-01
            closes: 2027-03-31
            how_to_submit: |
              郵送で提出してください。
            """));

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(period);
        Assert.Equal("kokuho-2026-iken", period.Id);
        Assert.Equal("/comment-periods/kokuho-2026-iken/", period.Url);
        Assert.Equal("国民健康保険 評価書（案）への意見募集", period.Title);
        Assert.Equal("kokumin-kenkou-hoken-2026", period.AssessmentId);
        Assert.Equal(new DateOnly(2026, 11, 1), period.Opens);
        Assert.Equal(new DateOnly(2027, 3, 31), period.Closes);
        Assert.Equal("郵送で提出してください。", period.HowToSubmit);
        Assert.Equal(CommentPeriod.DefaultMaxLength, period.MaxLength);
        Assert.Empty(period.RequiredFields);
        Assert.Null(period.Result);
        Assert.Equal("", period.Body);
    }

    [Fact]
    public void ReadsAMarkdownPeriodWithItsBodyLimitsRequiredFieldsAndResult()
    {
        var period = CommentPeriodParser.Parse(_parsing.Open("comment-periods/kouki-2015-iken.md", """
            ---
            title: 後期高齢者医療 評価書（案）への意見募集
            assessment: kouki-koureisha-iryou
            opens: 2015-06-22
            closes: 2015-07-21
            how_to_submit: 郵送で提出してください。
            max_length: 2000
            required_fields:
              - name
              - address
            result:
              published: 2015-08-06
              count: 2
              summary: 2件の意見がありました。
              responses:
                - opinion: 委託先の監査を強めてほしい。
                  response: 市としても監査の内容を確認します。
                - opinion: 説明会を開いてほしい。
                  response: 今後検討します。
            ---

            平成27年度の意見募集です。
            """));

        _parsing.AssertNoDiagnostics();
        Assert.NotNull(period);
        Assert.Equal(2000, period.MaxLength);
        Assert.Equal(new HashSet<CommentField> { CommentField.Name, CommentField.Address }, period.RequiredFields);
        Assert.Equal("\n平成27年度の意見募集です。", period.Body);
        Assert.Equal(21, period.BodyFirstLine);
        var result = Assert.IsType<CommentPeriodResult>(period.Result);
        Assert.Equal(new DateOnly(2015, 8, 6), result.Published);
        Assert.Equal(2, result.Count);
        Assert.Equal("2件の意見がありました。", result.Summary);
        Assert.Equal(
            [
                new CommentResponse("委託先の監査を強めてほしい。", "市としても監査の内容を確認します。"),
                new CommentResponse("説明会を開いてほしい。", "今後検討します。"),
            ],
            result.Responses);
    }

    [Fact]
    public void UnknownRequiredFieldIsReportedOnItsLine()
    {
        CommentPeriodParser.Parse(_parsing.Open("comment-periods/p.yml",
            SampleContent.CommentPeriodYml("a") + "\nrequired_fields:\n  - name\n  - phone\n"));

        var error = Assert.Single(_parsing.All);
        Assert.Equal(9, error.Line);
        Assert.Contains("phone", error.Message);
    }

    [Fact]
    public void MaxLengthMustBeAPositiveNumber()
    {
        CommentPeriodParser.Parse(_parsing.Open("comment-periods/p.yml", SampleContent.CommentPeriodYml("a") + "\nmax_length: 0\n"));

        var error = Assert.Single(_parsing.All);
        Assert.Equal(7, error.Line);
        Assert.Contains("max_length", error.Message);
    }

    [Fact]
    public void ResultPublishedBeforeClosingIsReportedOnThePublishedLine()
    {
        CommentPeriodParser.Parse(_parsing.Open("comment-periods/p.yml",
            SampleContent.CommentPeriodYml("a", opens: "2026-10-01", closes: "2026-10-31") + "\nresult:\n  published: 2026-10-15\n  count: 0\n"));

        var error = Assert.Single(_parsing.All);
        Assert.Equal(8, error.Line);
        Assert.Contains("published", error.Message);
    }

    [Fact]
    public void ResultWithoutCountIsRefused()
    {
        var period = CommentPeriodParser.Parse(_parsing.Open("comment-periods/p.yml",
            SampleContent.CommentPeriodYml("a", opens: "2026-10-01", closes: "2026-10-31") + "\nresult:\n  published: 2026-11-15\n"));

        var error = Assert.Single(_parsing.All);
        Assert.Equal(8, error.Line);
        Assert.Contains("count", error.Message);
        Assert.Null(period?.Result);
    }
}
