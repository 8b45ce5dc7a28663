namespace Disclosure.Pipeline;

/// <summary>
/// Item phase of <see cref="CollectFiles"/> and <see cref="CollectFollowFiles"/>: makes what a late file takes from
/// one document (a data-set row, the document's feed entries). Input <see cref="DocumentPart{T}"/>, output the part.
/// A phase of its own so that the preview can keep each document's part while the document is unchanged, and put
/// ten thousand of them together again without making them again.
/// </summary>
public sealed class MakeDocumentPart<T> : IPhase<DocumentPart<T>, T>
{
    public T Execute(DocumentPart<T> input) => input.Make();
}
