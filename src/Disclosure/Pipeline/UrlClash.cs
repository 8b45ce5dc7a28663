namespace Disclosure.Pipeline;

/// <summary>A document whose page would be written where another page of the site is.</summary>
public static class UrlClash
{
    /// <summary>What staff are told when a document's URL is one the site itself uses.</summary>
    public static string Message(string url) => $"このページの URL「{url}」は、サイトが使う別のページと重なります。ファイル名（ID）を変えてください";
}
