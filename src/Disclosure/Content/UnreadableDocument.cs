using Disclosure.Routing;

namespace Disclosure.Content;

/// <summary>
/// A content file whose document could not be read — its problems are reported at the file. It exists all the same:
/// an id or a link that names it is not reported as leading nowhere, so one mistake is one error.
/// </summary>
/// <param name="RelativePath">Its path in the content folder, as a link to the file is written (<c>assessments/x.md</c>).</param>
public sealed record UnreadableDocument(DocumentCollection Collection, string Id, string RelativePath)
{
    /// <summary>The page it would have.</summary>
    public string Url => SiteRoutes.Document(Collection, Id);
}
