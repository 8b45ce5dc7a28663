using System.Globalization;

namespace Disclosure.Text;

/// <summary>Characters a reader does not see as such: white space, controls, and format characters (zero-width spaces, direction marks, the BOM).</summary>
public static class UnseenCharacters
{
    public static bool IsUnseen(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
