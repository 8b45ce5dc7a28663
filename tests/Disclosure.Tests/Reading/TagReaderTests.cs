using Disclosure.Diagnostics;
using Disclosure.Reading;
using Disclosure.Tests.Support;

namespace Disclosure.Tests.Reading;

/// <summary>
/// Tags written in one string, separated as Japanese text separates words (「、」「，」) or with a half-width comma,
/// are taken apart into tags, with a warning at their line showing the list to write instead.
/// </summary>
public sealed class TagReaderTests
{
    private readonly Parsing _parsing = new();

    /// <summary>An assessment whose front matter ends with <paramref name="tagLines"/>, from line 9.</summary>
    private IReadOnlyList<string> TagsOf(string tagLines)
    {
        var text = SampleContent.Assessment(extraFields: tagLines);
        var assessment = AssessmentParser.Parse(_parsing.Open("assessments/juki.md", text), site: null, attachmentFolder: null);
        Assert.True(assessment is not null, string.Join("\n", _parsing.All));
        return assessment.Tags;
    }

    private Diagnostic SingleWarning()
    {
        var warning = Assert.Single(_parsing.All);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        return warning;
    }

    [Theory]
    [InlineData("tags: [住民基本台帳、税]")]
    [InlineData("tags: 住民基本台帳、税")]
    [InlineData("tags: 住民基本台帳，税")]
    [InlineData("tags: [\"住民基本台帳,税\"]")]
    [InlineData("tags: 住民基本台帳､ 税、")]
    public void TagsInOneStringAreTakenApartWithAWarningShowingTheList(string tagLine)
    {
        var tags = TagsOf(tagLine);

        Assert.Equal(["住民基本台帳", "税"], tags);
        var warning = SingleWarning();
        Assert.Equal(9, warning.Line);
        Assert.Contains("tags: [住民基本台帳, 税] のように書いてください", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnItemOfAListWrittenAsTwoIsWarnedAboutAtItsOwnLineWithTheWholeListShown()
    {
        var tags = TagsOf("tags:\n  - 国民健康保険\n  - 住民基本台帳、 税\n  - 全項目評価");

        Assert.Equal(["国民健康保険", "住民基本台帳", "税", "全項目評価"], tags);
        var warning = SingleWarning();
        Assert.Equal(11, warning.Line);
        Assert.Contains("tags: [国民健康保険, 住民基本台帳, 税, 全項目評価]", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OneTagWrittenAsAStringIsThatTagWithoutAWarning()
    {
        var tags = TagsOf("tags: 住民基本台帳");

        Assert.Equal(["住民基本台帳"], tags);
        _parsing.AssertNoDiagnostics();
    }

    [Fact]
    public void ATagThatYamlWouldReadOtherwiseIsQuotedInTheListShown()
    {
        TagsOf("tags: 住民基本台帳、[案]");

        Assert.Contains("tags: [住民基本台帳, \"[案]\"]", SingleWarning().Message, StringComparison.Ordinal);
    }
}
