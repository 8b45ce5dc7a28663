using System.Text.RegularExpressions;

namespace Disclosure.Tests.Language;

/// <summary>Finds Japanese writing (kana, kanji, Japanese punctuation and full-width forms) in text meant to be English.</summary>
public static partial class JapaneseText
{
    public static bool In(string text) => Pattern().IsMatch(text);

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}\p{IsCJKSymbolsandPunctuation}\p{IsHalfwidthandFullwidthForms}]")]
    private static partial Regex Pattern();
}
