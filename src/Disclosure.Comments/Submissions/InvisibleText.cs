using System.Globalization;
using Disclosure.Text;

namespace Disclosure.Comments.Submissions;

/// <summary>Characters that show nothing, or that change how the text around them is shown.</summary>
public static class InvisibleText
{
    /// <summary>Letters that render as blank space although they are not white space (Hangul fillers, the blank braille cell).</summary>
    private static readonly char[] BlankLetters = ['\u115F', '\u1160', '\u3164', '\uFFA0', '\u2800'];

    /// <summary>Controls that reverse or isolate the direction of the text after them, and the line and paragraph separators.</summary>
    private static readonly char[] DirectionAndSeparators =
        ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029'];

    /// <summary>True when some character of the text would show on the page: not white space, a format or control character, or a blank letter.</summary>
    public static bool HasVisibleCharacter(string text)
    {
        foreach (var c in text)
        {
            if (!UnseenCharacters.IsUnseen(c) && Array.IndexOf(BlankLetters, c) < 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True for a text holding a direction control (which can make a name read backwards) or a line or paragraph separator.</summary>
    public static bool HasDirectionControlOrSeparator(string text) => text.AsSpan().IndexOfAny(DirectionAndSeparators) >= 0;

    /// <summary>The text without format characters (zero-width spaces, joiners, direction marks): what a reader sees.</summary>
    public static string WithoutFormatCharacters(string text) =>
        text.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            ? string.Concat(text.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format))
            : text;
}
