using Disclosure.Diagnostics;
using Disclosure.Tests.Support;
using Disclosure.Yaml;

namespace Disclosure.Tests.Reading;

public sealed class YamlFieldsTests
{
    private readonly DiagnosticBag _diagnostics = new();

    /// <summary>Loads YAML as the front matter of a Markdown file, so its first line is file line 2.</summary>
    private YamlFields Load(string yaml) =>
        YamlDocumentLoader.Load(Parsing.File("pages/x.md", yaml), yaml, firstLine: 2, _diagnostics)
        ?? throw new InvalidOperationException(string.Join("\n", _diagnostics.Sorted()));

    private Diagnostic SingleDiagnostic() => Assert.Single(_diagnostics.Sorted());

    [Fact]
    public void LinesAreFileLines()
    {
        var fields = Load("a: 1\nb: 2\nc:\n  d: 3\n");

        Assert.Equal(2, fields.LineOf("a"));
        Assert.Equal(3, fields.LineOf("b"));
        Assert.Equal(5, fields.Mapping("c")!.LineOf("d"));
    }

    [Fact]
    public void SyntaxErrorIsReportedOnTheFileLine()
    {
        var fields = YamlDocumentLoader.Load(Parsing.File("pages/x.md", ""), "a: 1\nb: c: d\ne: 3\n", firstLine: 2, _diagnostics);

        Assert.Null(fields);
        var error = SingleDiagnostic();
        Assert.Equal("content/pages/x.md", error.Path);
        Assert.Equal(3, error.Line);
        Assert.Contains("YAML", error.Message);
    }

    /// <summary>
    /// An unclosed flow list (<c>tags: [a, b</c>) makes YamlDotNet throw InvalidOperationException rather than
    /// YamlException; it must still become a diagnostic, not a crash.
    /// </summary>
    [Fact]
    public void UnclosedFlowListIsReportedAsAYamlError()
    {
        var fields = YamlDocumentLoader.Load(Parsing.File("pages/x.md", ""), "a: 1\nb: [1, 2\nc: 3\n", firstLine: 2, _diagnostics);

        Assert.Null(fields);
        var error = SingleDiagnostic();
        Assert.Equal("content/pages/x.md", error.Path);
        Assert.InRange(error.Line, 3, 5);
        Assert.Contains("YAML", error.Message);
    }

    [Fact]
    public void YamlThatIsNotAMappingIsRefused()
    {
        var fields = YamlDocumentLoader.Load(Parsing.File("pages/x.md", ""), "- a\n- b\n", firstLine: 2, _diagnostics);

        Assert.Null(fields);
        Assert.Equal(2, SingleDiagnostic().Line);
    }

    [Fact]
    public void NonexistentDateAndBadlyFormattedDateGetDifferentMessages()
    {
        var fields = Load("a: 2015-02-30\nb: 2015-8-6\nc: 2015-08-06\n");

        Assert.Null(fields.Date("a"));
        Assert.Null(fields.Date("b"));
        Assert.Equal(new DateOnly(2015, 8, 6), fields.Date("c"));
        var errors = _diagnostics.Sorted();
        Assert.Equal(2, errors.Count);
        Assert.Equal(2, errors[0].Line);
        Assert.Contains("存在しない日付", errors[0].Message);
        Assert.Equal(3, errors[1].Line);
        Assert.Contains("YYYY-MM-DD", errors[1].Message);
        Assert.DoesNotContain("存在しない", errors[1].Message);
    }

    /// <summary>A date written as in a document is refused, with the same date written as a date field takes it.</summary>
    [Theory]
    [InlineData("2015/6/22", "2015-06-22")]
    [InlineData("2015.06.22", "2015-06-22")]
    [InlineData("2015年6月22日", "2015-06-22")]
    [InlineData("２０１５／６／２２", "2015-06-22")]
    [InlineData("令和7年4月1日", "2025-04-01")]
    [InlineData("令和元年5月1日", "2019-05-01")]
    [InlineData("平成27年8月6日", "2015-08-06")]
    public void ADateWrittenAnotherWayIsRefusedWithItsIsoForm(string written, string iso)
    {
        var fields = Load($"date: {written}\n");

        Assert.Null(fields.Date("date"));
        var error = SingleDiagnostic();
        Assert.Equal(2, error.Line);
        Assert.Contains($"「{written}」は {iso} のように、西暦の YYYY-MM-DD の形", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2015/2/30")]
    [InlineData("令和7年13月1日")]
    [InlineData("来年の春")]
    [InlineData("٢٠١٥/٦/٢٢")]
    public void AnythingElseThatIsNotADateGetsTheFormWithoutAGuess(string written)
    {
        var fields = Load($"date: {written}\n");

        Assert.Null(fields.Date("date"));
        var error = SingleDiagnostic();
        Assert.Contains("YYYY-MM-DD の形で書いてください（例：2015-08-06）", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredStringThatIsMissingOrEmptyIsReported()
    {
        var fields = Load("empty: \"\"\n");

        Assert.Null(fields.String("missing", required: true));
        Assert.Null(fields.String("empty", required: true));
        var errors = _diagnostics.Sorted();
        Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("「missing」"));
        Assert.Contains(errors, e => e.Line == 2 && e.Message.Contains("「empty」が空"));
    }

    [Fact]
    public void IntegersBelowTheMinimumAreRefused()
    {
        var fields = Load("a: 12\nb: -1\nc: 十\n");

        Assert.Equal(12, fields.Int("a"));
        Assert.Null(fields.Int("b"));
        Assert.Null(fields.Int("c"));
        Assert.Equal(2, _diagnostics.Sorted().Count);
    }

    [Fact]
    public void BooleansAcceptTheUsualWordsOnly()
    {
        var fields = Load("a: true\nb: no\nc: はい\n");

        Assert.True(fields.Bool("a"));
        Assert.False(fields.Bool("b"));
        Assert.Null(fields.Bool("c"));
        var error = SingleDiagnostic();
        Assert.Equal(4, error.Line);
        Assert.Contains("true", error.Message);
    }

    [Fact]
    public void ChoiceNamesTheAllowedWords()
    {
        var fields = Load("kind: medium\n");
        var allowed = new Dictionary<string, int> { ["basic"] = 1, ["full"] = 2 };

        Assert.Null(fields.Choice("kind", allowed));
        var error = SingleDiagnostic();
        Assert.Equal(2, error.Line);
        Assert.Contains("medium", error.Message);
        Assert.Contains("basic, full", error.Message);
    }

    [Fact]
    public void KeysNobodyReadAreWarnedAbout()
    {
        var fields = Load("title: t\ntitel: typo\n");

        fields.String("title");
        fields.WarnUnknownKeys();

        var warning = SingleDiagnostic();
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(3, warning.Line);
        Assert.Contains("titel", warning.Message);
    }
}
