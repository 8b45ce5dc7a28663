using Disclosure.Content;

namespace Disclosure.Reading;

public static class PageParser
{
    /// <summary>A free page has only the fields every document has.</summary>
    public static FreePage? Parse(DocumentSource source) => DocumentReader.Read<FreePage>(source, _ => core => new FreePage { Core = core });
}
