using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Disclosure.Privacy.Formats;

/// <summary>
/// The text of an office document: Office Open XML (docx, xlsx, pptx — opened with the Open XML SDK) and
/// OpenDocument (odt, ods, odp — a zip of XML). Every part is read, not only the body: headers, footers, comments,
/// notes, hidden sheets and the document properties can all carry a phrase that was meant to be withheld.
/// </summary>
public static class OfficeText
{
    /// <returns>The text, or null when the zip is neither kind of office document.</returns>
    public static IReadOnlyList<string>? Read(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        if (zip.GetEntry("[Content_Types].xml") is not null)
        {
            return ReadOpenXml(bytes);
        }
        return zip.GetEntry("mimetype") is not null && zip.GetEntry("content.xml") is not null
            ? zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)).SelectMany(e => XmlText(e.Open())).ToList()
            : null;
    }

    private static List<string> ReadOpenXml(byte[] bytes)
    {
        using var package = OpenXmlPackage(new MemoryStream(bytes));
        var texts = new List<string>();
        var properties = package.PackageProperties;
        texts.AddRange(new[] { properties.Title, properties.Subject, properties.Creator, properties.Keywords, properties.Description, properties.Category, properties.LastModifiedBy }.OfType<string>());
        foreach (var part in package.GetAllParts().Where(p => p.ContentType.EndsWith("xml", StringComparison.OrdinalIgnoreCase)))
        {
            texts.AddRange(XmlText(part.GetStream(FileMode.Open, FileAccess.Read)));
        }
        return texts;
    }

    /// <summary>Whichever of the three kinds the package is; each refuses the others' main part.</summary>
    private static OpenXmlPackage OpenXmlPackage(Stream stream)
    {
        foreach (var open in new Func<Stream, OpenXmlPackage>[]
        {
            s => WordprocessingDocument.Open(s, false),
            s => SpreadsheetDocument.Open(s, false),
            s => PresentationDocument.Open(s, false),
        })
        {
            try
            {
                stream.Position = 0;
                return open(stream);
            }
            catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
            {
                // Not this kind: try the next.
            }
        }
        throw new InvalidDataException("Not a Word, Excel or PowerPoint package.");
    }

    /// <summary>
    /// A part's character data joined without separators, since a word is often split across runs of formatting;
    /// and its attribute values apart, where alternative text and field values live.
    /// </summary>
    private static IEnumerable<string> XmlText(Stream stream)
    {
        var text = new StringBuilder();
        var attributes = new StringBuilder();
        using (stream)
        using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace)
                {
                    text.Append(reader.Value);
                }
                else if (reader.NodeType == XmlNodeType.Element && reader.MoveToFirstAttribute())
                {
                    do
                    {
                        attributes.Append(reader.Value).Append('\n');
                    }
                    while (reader.MoveToNextAttribute());
                }
            }
        }
        return [text.ToString(), attributes.ToString()];
    }
}
