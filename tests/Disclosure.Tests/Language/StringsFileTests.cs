using System.Globalization;
using Disclosure.Content;
using Disclosure.OpenData;
using Disclosure.Rendering;

namespace Disclosure.Tests.Language;

/// <summary>The default theme's strings files: one word for every key in each language, and usable as patterns.</summary>
public sealed class StringsFileTests
{
    public static TheoryData<string> Languages => new() { "ja", "en" };

    [Fact]
    public void Japanese_and_English_have_the_same_keys()
    {
        var japanese = StringsFile.Read("ja").Keys.ToHashSet();
        var english = StringsFile.Read("en").Keys.ToHashSet();

        Assert.Empty(japanese.Except(english).Order(StringComparer.Ordinal));
        Assert.Empty(english.Except(japanese).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_value_is_empty(string language)
    {
        var empty = StringsFile.Read(language).Where(s => s.Value.Trim().Length == 0).Select(s => s.Key);

        Assert.Empty(empty);
    }

    [Fact]
    public void Japanese_values_put_no_half_width_space_between_a_value_and_Japanese_words()
    {
        // 「みなと市 がマイナンバー」「締切は 令和9年3月31日 です」: Japanese is written without spaces between words.
        var spaced = StringsFile.Read("ja")
            .Where(s => System.Text.RegularExpressions.Regex.IsMatch(s.Value, @"[^\x00-\x7F] \{\d\}|\{\d\} [^\x00-\x7F]"))
            .Select(s => $"{s.Key}: {s.Value}");

        Assert.Empty(spaced);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_value_is_a_valid_pattern_for_string_format(string language)
    {
        // A stray brace would make the page that uses the key fail to render; no key takes more than four values.
        var broken = StringsFile.Read(language).Where(s => !Formats(s.Value)).Select(s => s.Key);

        Assert.Empty(broken);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_enumerated_value_has_a_label(string language)
    {
        var strings = StringsFile.Read(language);
        var keys = Keys<AssessmentKind>("kind").Concat(Keys<AssessmentStatus>("status")).Concat(Keys<StepState>("step"))
            .Concat(Keys<CommentPeriodState>("period")).Concat(Keys<CommentField>("field")).Concat(Keys<DocumentCollection>("collection"));
        var missing = keys.Where(k => !strings.ContainsKey(k)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_open_data_set_field_and_type_is_described(string language)
    {
        var strings = StringsFile.Read(language);
        var keys = OpenDataSets.All.SelectMany(set => set.Fields
            .SelectMany(f => new[] { $"data.{set.Name}.{f.Name}", $"datatype.{f.Type}" })
            .Prepend($"data.{set.Name}"));
        var missing = keys.Distinct().Where(k => !strings.ContainsKey(k)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void English_strings_hold_no_Japanese()
    {
        var japanese = StringsFile.Read("en").Where(s => JapaneseText.In(s.Value)).Select(s => s.Key);

        Assert.Empty(japanese);
    }

    private static IEnumerable<string> Keys<T>(string prefix) where T : struct, Enum =>
        Enum.GetValues<T>().Select(v => $"{prefix}.{Labels.Token(v)}");

    private static bool Formats(string pattern)
    {
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, pattern, "a", "b", "c", "d");
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
