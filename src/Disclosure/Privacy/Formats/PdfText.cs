using UglyToad.PdfPig;

namespace Disclosure.Privacy.Formats;

/// <summary>
/// The text a PDF holds for anyone who selects, copies or searches it — including text under a black box drawn over
/// it, the classic failed redaction — with its document information and annotations, read with PdfPig.
/// </summary>
public static class PdfText
{
    /// <returns>The text of every page and the metadata, or null when the file holds no text at all (a scan).</returns>
    public static IReadOnlyList<string>? Read(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true });
        var texts = new List<string>();
        var info = document.Information;
        texts.AddRange(new[] { info.Title, info.Subject, info.Keywords, info.Author, info.Creator }.OfType<string>());
        var letters = 0;
        foreach (var page in document.GetPages())
        {
            // The letters in the order the page draws them, which is the order they were written in for the PDFs
            // offices make (Word, Excel, a browser's print); white space between them is folded away anyway.
            texts.Add(page.Text);
            letters += page.Letters.Count;
            texts.AddRange(page.GetAnnotations().Select(a => a.Content).OfType<string>());
        }
        return letters == 0 ? null : texts;
    }
}
