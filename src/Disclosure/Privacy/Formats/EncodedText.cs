using System.Text;

namespace Disclosure.Privacy.Formats;

/// <summary>
/// A text file in whichever encoding a Japanese office saved it: UTF-8, UTF-16 (with or without a byte-order mark),
/// Shift_JIS (CP932, what Excel writes for CSV), EUC-JP or ISO-2022-JP. Where the encoding cannot be known for
/// certain every likely reading is returned: a phrase found in any of them is a phrase a reader could see.
/// </summary>
public static class EncodedText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static EncodedText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <returns>The decodings, or none when the bytes do not look like text in any of these encodings.</returns>
    public static IReadOnlyList<string> Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            return [Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)];
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return [Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2)];
        }
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return [Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)];
        }
        if (Utf16WithoutMark(bytes) is { } utf16)
        {
            return [utf16.GetString(bytes)];
        }
        var readings = new List<string>();
        try
        {
            readings.Add(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            readings.Add(Encoding.GetEncoding(932).GetString(bytes));
            readings.Add(Encoding.GetEncoding(51932).GetString(bytes));
        }
        if (bytes.AsSpan().Contains((byte)0x1B))
        {
            readings.Add(Encoding.GetEncoding(50220).GetString(bytes));
        }
        return readings.Where(LooksLikeText).ToList();
    }

    /// <summary>UTF-16 without a byte-order mark shows as a zero byte in every other place, for ASCII at least.</summary>
    private static Encoding? Utf16WithoutMark(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 4096) & ~1);
        if (sample.Length < 4)
        {
            return null;
        }
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }
        var pairs = sample.Length / 2;
        return oddZeros > pairs / 4 && evenZeros < pairs / 20 ? Encoding.Unicode
            : evenZeros > pairs / 4 && oddZeros < pairs / 20 ? Encoding.BigEndianUnicode
            : null;
    }

    /// <summary>Binary data decodes into control characters and replacement marks; text has almost none.</summary>
    private static bool LooksLikeText(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var odd = 0;
        foreach (var c in sample)
        {
            if (c == '\uFFFD' || char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\u001B'))
            {
                odd++;
            }
        }
        return odd <= sample.Length / 20;
    }
}
