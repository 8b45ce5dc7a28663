using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Reading;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Reading;

/// <summary>
/// An assessment's <c>changes:</c> (別添3 変更箇所) as clerks write it: each field read, and each mistake one
/// Japanese message at the line it is on. The assessment's fields take lines 1–9, so <c>changes:</c> is line 9 and
/// the first entry starts on line 10.
/// </summary>
public sealed class ChangeRecordReaderTests
{
    private static readonly SiteConfig Site = new(
        "サイト", "テスト市", new Uri("https://city.example/hogo/"), "ja", "", new ContactInfo("総務課", "", "", ""), AllowHtml: false);

    private readonly Parsing _parsing = new();

    private Assessment? Parse(params string[] changeLines) =>
        AssessmentParser.Parse(_parsing.Open("assessments/x.md", SampleContent.Assessment(extraFields: ["changes:", .. changeLines])), Site, null);

    private static string[] Entry(string date = "2015-08-06", string item = "事務の内容", string? before = "全15項目", string after = "全14項目",
        string timing = "事前", string? reason = null) =>
        [
            $"  - date: {date}",
            $"    item: {item}",
            .. before is null ? Array.Empty<string>() : [$"    before: {before}"],
            $"    after: {after}",
            $"    timing: {timing}",
            .. reason is null ? Array.Empty<string>() : [$"    reason: {reason}"],
        ];

    [Fact]
    public void Every_field_of_every_entry_is_read_in_the_order_written()
    {
        var a = Parse([
            .. Entry(item: "Ⅰ 基本情報「事務の内容」", before: "「付随する事務」を2度記載（全15項目）", after: "重複を削除（全14項目）", reason: "提出前の訂正のため"),
            .. Entry(date: "2016-04-01", item: "担当部署", before: "市民生活部 市民課", after: "市民局 市民課", timing: "事後", reason: "組織改正による名称の変更のみのため"),
        ]);

        _parsing.AssertNoDiagnostics();
        Assert.Equal(
            [
                new ChangeEntry(new DateOnly(2015, 8, 6), "Ⅰ 基本情報「事務の内容」", "「付随する事務」を2度記載（全15項目）", "重複を削除（全14項目）", SubmissionTiming.Prior, "提出前の訂正のため"),
                new ChangeEntry(new DateOnly(2016, 4, 1), "担当部署", "市民生活部 市民課", "市民局 市民課", SubmissionTiming.Subsequent, "組織改正による名称の変更のみのため"),
            ],
            a!.Changes);
    }

    [Fact]
    public void An_assessment_without_changes_has_an_empty_record()
    {
        var a = AssessmentParser.Parse(_parsing.Open("assessments/x.md", SampleContent.Assessment()), Site, null);

        _parsing.AssertNoDiagnostics();
        Assert.Empty(a!.Changes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\"\"")]
    public void Before_may_be_left_out_or_empty_for_an_item_the_change_added(string? before)
    {
        var a = Parse(Entry(before: before, item: "委託先の監督", after: "年1回、委託先の監査を行う。"));

        _parsing.AssertNoDiagnostics();
        Assert.Equal("", Assert.Single(a!.Changes).Before);
    }

    [Fact]
    public void A_prior_entry_needs_no_reason()
    {
        var a = Parse(Entry(timing: "事前", reason: null));

        _parsing.AssertNoDiagnostics();
        Assert.Equal("", Assert.Single(a!.Changes).Reason);
    }

    [Fact]
    public void A_subsequent_entry_without_a_reason_is_kept_with_a_warning_at_its_timing()
    {
        var a = Parse(Entry(timing: "事後", reason: null));

        var warning = Assert.Single(_parsing.All);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(14, warning.Line);
        Assert.Contains("reason", warning.Message);
        Assert.Contains("事後", warning.Message);
        Assert.Single(a!.Changes);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("item")]
    [InlineData("after")]
    [InlineData("timing")]
    public void A_missing_required_field_is_one_error_at_the_entry_and_the_entry_is_left_out(string field)
    {
        var lines = Entry().Where(l => !l.TrimStart(' ', '-').StartsWith(field + ":", StringComparison.Ordinal)).ToList();
        // The entry must still start with "- ": the first remaining field takes the dash.
        if (!lines[0].StartsWith("  - ", StringComparison.Ordinal))
        {
            lines[0] = "  - " + lines[0].TrimStart();
        }

        var a = Parse([.. lines]);

        var error = Assert.Single(_parsing.All);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(10, error.Line);
        Assert.Contains($"「{field}」", error.Message);
        Assert.Empty(a!.Changes);
    }

    [Theory]
    [InlineData("2015/8/6", "YYYY-MM-DD")]
    [InlineData("2015-8-6", "YYYY-MM-DD")]
    [InlineData("平成27年8月6日", "YYYY-MM-DD")]
    [InlineData("2015-02-30", "存在しない日付")]
    public void A_date_not_written_as_a_real_YYYY_MM_DD_is_one_error_at_its_line(string date, string expected)
    {
        var a = Parse(Entry(date: date));

        var error = Assert.Single(_parsing.All);
        Assert.Equal(10, error.Line);
        Assert.Contains(expected, error.Message);
        Assert.Empty(a!.Changes);
    }

    [Theory]
    [InlineData("事前提出")]
    [InlineData("before")]
    [InlineData("じぜん")]
    [InlineData("事 前")]
    public void A_timing_other_than_jizen_or_jigo_is_one_error_at_its_line_naming_both(string timing)
    {
        var a = Parse(Entry(timing: timing));

        var error = Assert.Single(_parsing.All);
        Assert.Equal(14, error.Line);
        Assert.Contains("事前", error.Message);
        Assert.Contains("事後", error.Message);
        Assert.Empty(a!.Changes);
    }

    [Fact]
    public void A_misspelt_field_is_warned_about_at_its_line()
    {
        var a = Parse([.. Entry(), "    reasons: 提出前の訂正のため"]);

        var warning = Assert.Single(_parsing.All);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(15, warning.Line);
        Assert.Contains("reasons", warning.Message);
        Assert.Single(a!.Changes);
    }

    [Fact]
    public void Changes_written_as_one_value_instead_of_a_list_is_an_error_at_its_line()
    {
        var a = AssessmentParser.Parse(_parsing.Open("assessments/x.md", SampleContent.Assessment(extraFields: ["changes: 事務の内容を修正"])), Site, null);

        var error = Assert.Single(_parsing.All);
        Assert.Equal(9, error.Line);
        Assert.Contains("「changes」", error.Message);
        Assert.Contains("- ", error.Message);
        Assert.NotNull(a);
    }

    [Fact]
    public void An_entry_that_is_not_a_set_of_fields_is_an_error_at_its_line()
    {
        var a = Parse(["  - 事務の内容を修正", .. Entry()]);

        var error = Assert.Single(_parsing.All);
        Assert.Equal(10, error.Line);
        Assert.Contains("「changes」", error.Message);
        Assert.Single(a!.Changes);
    }

    [Fact]
    public void Redaction_markup_in_an_entry_shows_the_placeholder_and_keeps_the_words_for_the_leak_check()
    {
        var a = Parse(Entry(before: "\"委託先は{{redact 法人情報|株式会社ひみつ}}\"", after: "\"委託先を変更\"", reason: "\"{{非公開|内部の事情}}による\""));

        _parsing.AssertNoDiagnostics();
        var entry = Assert.Single(a!.Changes);
        Assert.Equal("委託先は（非公開：法人情報）", entry.Before);
        Assert.Equal("（非公開）による", entry.Reason);
        Assert.Contains(a.WithheldInFields, p => p.Text == "株式会社ひみつ" && p.Line == 12);
        Assert.Contains(a.WithheldInFields, p => p.Text == "内部の事情" && p.Line == 15);
    }

    [Fact]
    public void Mistyped_redaction_markup_in_an_entry_is_an_error_and_never_the_words()
    {
        var a = Parse(Entry(after: "\"委託先は{{redact 法人情報|株式会社ひみつ\""));

        var error = Assert.Single(_parsing.All);
        Assert.Equal(13, error.Line);
        Assert.Contains("「after」", error.Message);
        Assert.DoesNotContain("株式会社ひみつ", error.Message);
        Assert.DoesNotContain("株式会社ひみつ", Assert.Single(a!.Changes).After);
    }
}
