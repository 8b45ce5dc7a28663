namespace Disclosure.Privacy.Formats;

/// <summary>What a file is, from its first bytes rather than its name: an attachment may be named anything.</summary>
public enum FileSignature
{
    Other,
    Pdf,
    Zip,
    Image,
    /// <summary>The compound files of Office 97–2003 (.doc, .xls, .ppt), which no reader here opens.</summary>
    LegacyOffice,
}

public static class FileSignatures
{
    public static FileSignature Of(ReadOnlySpan<byte> head)
    {
        if (head.IndexOf("%PDF-"u8) is >= 0 and < 1024)
        {
            return FileSignature.Pdf;
        }
        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return FileSignature.Zip;
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return FileSignature.LegacyOffice;
        }
        ReadOnlySpan<byte> riff = "RIFF"u8;
        var image = head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || head.StartsWith("GIF8"u8) || head.StartsWith("BM"u8) || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8)
            || head.StartsWith(riff) && head.Length >= 12 && head[8..12].SequenceEqual("WEBP"u8);
        return image ? FileSignature.Image : FileSignature.Other;
    }
}
