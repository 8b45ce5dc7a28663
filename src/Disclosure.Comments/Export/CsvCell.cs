using System.Globalization;

namespace Disclosure.Comments.Export;

/// <summary>
/// A cell a spreadsheet will not run: OWASP's CSV-injection guidance — a cell whose first character is = + - @, tab or
/// carriage return is prefixed with an apostrophe — extended to where Excel still reads a formula: after leading
/// white space (including U+3000 and no-break space) or invisible format characters, and in full width (＝＋－＠).
/// </summary>
public static class CsvCell
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

    public static string Neutralised(string value)
    {
        if (value.Length == 0)
        {
            return value;
        }
        if (value[0] is '\t' or '\r')
        {
            return "'" + value;
        }
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }
            return Array.IndexOf(FormulaStarts, c) >= 0 ? "'" + value : value;
        }
        return value;
    }
}
