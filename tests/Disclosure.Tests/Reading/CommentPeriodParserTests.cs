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

    private const string DraftResult = """

        result:
          count: 3
          duplicates: 1
          responses:
            - opinion: |-
                紙の様式も使えるようにしてください。
              section: "Ⅰ 基本情報"
              submitted: 2
              response: ""
            - opinion: 全体についての意見です。
              submitted: 1
              response: ""
        """;

    [Fact]
    public void A_result_without_published_is_a_draft_read_without_error_and_not_shown()
    {
        var period = CommentPeriodParser.Parse(_parsing.Open("comment-periods/p.yml",
            SampleContent.CommentPeriodYml("a", opens: "2026-10-01", closes: "2026-10-31") + DraftResult));

        Assert.Empty(_parsing.All);
        Assert.NotNull(period);
        Assert.Null(period.Result);
    }

    [Fact]
    public void A_published_result_reads_sections_repeats_and_duplicates_and_needs_a_response_to_every_opinion()
    {
        var yaml = SampleContent.CommentPeriodYml("a", opens: "2026-10-01", closes: "2026-10-31")
            + DraftResult.Replace("result:\n", "result:\n  published: 2026-11-15\n", StringComparison.Ordinal);

        CommentPeriodParser.Parse(_parsing.Open("comment-periods/p.yml", yaml.Replace("response: \"\"", "response: 回答です。", StringComparison.Ordinal)
            .Replace("submitted: 1\n      response: 回答です。", "submitted: 1\n      response: \"\"", StringComparison.Ordinal)));

        var error = Assert.Single(_parsing.All);
        Assert.Equal(yaml.Split('\n').ToList().FindLastIndex(l => l.Contains("response:", StringComparison.Ordinal)) + 1, error.Line);
        Assert.Contains("response", error.Message);

        var answered = CommentPeriodParser.Parse(new Parsing().Open("comment-periods/p.yml", yaml.Replace("response: \"\"", "response: 回答です。", StringComparison.Ordinal)));
        var result = answered?.Result;
        Assert.NotNull(result);
        Assert.Equal((3, 1), (result.Count, result.Duplicates));
        Assert.Equal(new CommentResponse("紙の様式も使えるようにしてください。", "回答です。", "Ⅰ 基本情報", 2), result.Responses[0]);
        Assert.Equal(new CommentResponse("全体についての意見です。", "回答です。", null, 1), result.Responses[1]);
    }
}
