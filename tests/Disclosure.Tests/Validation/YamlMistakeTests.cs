using System.Text.RegularExpressions;
using Disclosure.Diagnostics;

namespace Disclosure.Tests.Validation;

/// <summary>
/// Each YAML mistake a clerk makes is one error, at the line (and column) where the mistake is, saying in Japanese
/// what to write instead; the parser's own English words stay out of the message (they are its detail, shown with
/// <c>--verbose</c>).
/// </summary>
public sealed partial class YamlMistakeTests(YamlMistakesSite site) : IClassFixture<YamlMistakesSite>
{
    public static TheoryData<string> Files => new(YamlMistakesSite.Planted.Select(p => p.File));

    [Theory]
    [MemberData(nameof(Files))]
    public void EachMistakeIsOneErrorAtItsPlaceWithAHint(string file)
    {
        var (_, line, column, hint) = YamlMistakesSite.Planted.Single(p => p.File == file);

        var error = Assert.Single(site.Result.Diagnostics, d => d.Path == site.Site.DisplayPath(file));

        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal(line, error.Line);
        if (column is { } expected)
        {
            Assert.Equal(expected, error.Column);
        }
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.DoesNotMatch(ParserWords(), error.Message);
    }

    [Fact]
    public void TheBuildFailsWithOneErrorForEachMistakeAndNoOther()
    {
        site.Build.AssertFailedAndOutputUntouched();
        Assert.True(site.Result.ErrorCount == YamlMistakesSite.Planted.Count, string.Join("\n", site.Result.Diagnostics));
    }

    /// <summary>The parser's words are kept, as the detail, for whoever looks into the tool itself.</summary>
    [Fact]
    public void ASyntaxErrorKeepsTheParsersOwnWordsAsItsDetail()
    {
        var error = site.ErrorIn("assessments/tab-indent.md");

        Assert.NotNull(error.Detail);
        Assert.Matches(ParserWords(), error.Detail);
        Assert.DoesNotContain(error.Detail, error.ToString(), StringComparison.Ordinal);
        Assert.Contains(error.Detail, error.Describe(withDetail: true), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(While|found|expected|scanning|parsing|anchor|Mapping)\b")]
    private static partial Regex ParserWords();
}
