using System.Text;

namespace Disclosure.Markdown.Extensions.EastAsianLineBreaks;

/// <summary>
/// Which characters are East Asian wide for the line-break rule: those of the East Asian scripts that Unicode's East
/// Asian Width property (UAX #11) gives as wide (W), full-width (F) or half-width (H) — ideographs, kana (half-width
/// katakana too), the CJK symbols and punctuation (、。「」〜・), the full-width forms (（）！？：０-９Ａ-Ｚ).
/// </summary>
/// <remarks>
/// Characters of ambiguous width (○ ※ … ― and Greek or Cyrillic letters) count as narrow, as in CSS and goldmark.
/// So do emoji and the other symbols Unicode draws wide: they are not East Asian writing. goldmark decides by script
/// (Han, Hiragana, Katakana, Hangul) plus the CJK punctuation block, which leaves out the full-width brackets and
/// signs that Japanese official writing uses all the time (「評価書（案）\nについて」); the width property keeps them.
/// </remarks>
public static class EastAsianCharacters
{
    /// <summary>Blocks, in order, whose assigned characters are all W, F or H.</summary>
    private static readonly (int First, int Last)[] Wide =
    [
        (0x1100, 0x115F), // Hangul Jamo, leading consonants
        (0x2E80, 0x2FDF), // CJK Radicals Supplement, Kangxi Radicals
        (0x2FF0, 0x303E), // Ideographic Description Characters, CJK Symbols and Punctuation
        (0x3041, 0x33FF), // Hiragana, Katakana, Bopomofo, Hangul Compatibility Jamo, Kanbun, CJK Strokes, Enclosed CJK, CJK Compatibility
        (0x3400, 0x4DBF), // CJK Unified Ideographs Extension A
        (0x4E00, 0x9FFF), // CJK Unified Ideographs
        (0xA000, 0xA4CF), // Yi
        (0xA960, 0xA97F), // Hangul Jamo Extended-A
        (0xAC00, 0xD7A3), // Hangul Syllables
        (0xF900, 0xFAFF), // CJK Compatibility Ideographs
        (0xFE10, 0xFE19), // Vertical Forms
        (0xFE30, 0xFE6F), // CJK Compatibility Forms, Small Form Variants
        (0xFF01, 0xFFDC), // Full-width ASCII forms, half-width CJK punctuation and katakana, half-width Hangul
        (0xFFE0, 0xFFE6), // Full-width signs (￥ ￡ ￢)
        (0x16FE0, 0x16FFF), // Ideographic Symbols and Punctuation
        (0x1B000, 0x1B2FF), // Kana Supplement, Kana Extended-A, Small Kana Extension, Nushu
        (0x20000, 0x3FFFD), // CJK Unified Ideographs Extensions B and on, Compatibility Ideographs Supplement
    ];

    private static readonly (int First, int Last)[] Hangul =
    [
        (0x1100, 0x11FF), // Hangul Jamo
        (0x3130, 0x318F), // Hangul Compatibility Jamo
        (0xA960, 0xA97F), // Hangul Jamo Extended-A
        (0xAC00, 0xD7FF), // Hangul Syllables, Hangul Jamo Extended-B
        (0xFFA0, 0xFFDC), // Half-width Hangul
    ];

    public static bool IsWide(Rune character) => In(Wide, character.Value);

    /// <summary>Korean is written with spaces between words, so its letters need telling apart from Chinese and Japanese.</summary>
    public static bool IsHangul(Rune character) => In(Hangul, character.Value);

    private static bool In((int First, int Last)[] ranges, int value)
    {
        foreach (var (first, last) in ranges)
        {
            if (value < first)
            {
                return false;
            }
            if (value <= last)
            {
                return true;
            }
        }
        return false;
    }
}
