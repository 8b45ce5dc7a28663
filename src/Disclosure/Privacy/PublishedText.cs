using System.Text;
using Disclosure.Pipeline;
using Disclosure.Privacy.Formats;

namespace Disclosure.Privacy;

/// <summary>
/// A file about to be published, read the way a reader could take words from it: pages, feeds and data as the build
/// wrote them; attachments as a person would open them — a PDF's text layer, an office document's every part, a
/// text file in whichever Japanese encoding it was saved in. Each reading is folded (<see cref="FoldedText"/>).
/// </summary>
/// <param name="Unreadable">Why the file could not be read, for a file whose words could not be checked.</param>
public sealed record PublishedText(IReadOnlyList<string> Readings, string? Unreadable)
{
    public static PublishedText Of(OutputFile file)
    {
        if (file.Text is { } text)
        {
            return new(FoldedText.Readings(text), null);
        }
        if (file.Bytes is { } bytes)
        {
            // Written by the build itself: always UTF-8.
            return new(FoldedText.Readings(Encoding.UTF8.GetString(bytes)), null);
        }
        return OfCopy(File.ReadAllBytes(file.CopyFrom!));
    }

    private static PublishedText OfCopy(byte[] bytes)
    {
        try
        {
            return FileSignatures.Of(bytes.AsSpan(0, Math.Min(bytes.Length, 1024))) switch
            {
                FileSignature.Pdf => PdfText.Read(bytes) is { } texts ? Folded(texts) : Unread("文字情報のない PDF（スキャンした画像など）"),
                FileSignature.Zip => OfficeText.Read(bytes) is { } texts ? Folded(texts) : Unread("Office 文書ではない圧縮ファイル"),
                FileSignature.Image => Unread("画像"),
                FileSignature.LegacyOffice => Unread("古い形式の Office 文書（.doc .xls .ppt）"),
                _ => EncodedText.Decode(bytes) is { Count: > 0 } decoded
                    ? new(decoded.SelectMany(FoldedText.Readings).ToList(), null)
                    : Unread("読み取れない形式のファイル"),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig and the Open XML SDK throw many kinds of exception for damaged or encrypted files.
            return Unread("壊れているか暗号化されたファイル");
        }
    }

    private static PublishedText Folded(IEnumerable<string> texts) => new(texts.Select(FoldedText.Fold).ToList(), null);

    private static PublishedText Unread(string reason) => new([], reason);
}
