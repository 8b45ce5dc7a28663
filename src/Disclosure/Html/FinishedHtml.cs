namespace Disclosure.Html;

/// <summary>A page as it is written (<see cref="SiteLinks.Finish"/>): its bytes, its ids in order and the URLs it references.</summary>
public sealed record FinishedHtml(byte[] Utf8, IReadOnlyList<string> Ids, IReadOnlyList<string> References);
