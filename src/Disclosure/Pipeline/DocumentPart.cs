using Disclosure.Content;

namespace Disclosure.Pipeline;

/// <summary>
/// What a late file (a feed, a data set) takes from one document — its feed entries, its row — and how to make it:
/// the item of <see cref="MakeDocumentPart{T}"/>. <paramref name="Make"/> must use nothing but the document, what
/// <paramref name="DependsOn"/> holds and the site-wide inputs (<see cref="SiteWideInputs"/>): a build after a change
/// may then take the part made for the same document object before instead of calling it.
/// </summary>
/// <param name="DependsOn">
/// What else the part is made from (another document, a period's state today, the assessment's revisions), compared
/// with <see cref="object.Equals(object?, object?)"/>; null when nothing.
/// </param>
public sealed record DocumentPart<T>(ContentDocument Document, object? DependsOn, Func<T> Make);
