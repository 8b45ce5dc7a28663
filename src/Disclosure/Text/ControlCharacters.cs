using System.Buffers;

namespace Disclosure.Text;

/// <summary>
/// Characters with no place in content: C0 and C1 controls other than tab and line breaks, DEL, and the
/// noncharacters U+FFFE and U+FFFF — none of which XML (so Atom feeds) can hold, and none of which a person types.
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Concat(Enumerable.Range(0x7F, 0x21)).Select(c => (char)c)
            .Append('\uFFFE').Append('\uFFFF').ToArray());

    /// <returns>The index of the first such character, or -1.</returns>
    public static int IndexIn(ReadOnlySpan<char> text) => text.IndexOfAny(Forbidden);

    public static string Describe(char c) => $"制御文字（U+{(int)c:X4}）";
}
