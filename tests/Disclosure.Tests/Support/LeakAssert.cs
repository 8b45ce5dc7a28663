using System.Net;
using System.Text;

namespace Disclosure.Tests.Support;

/// <summary>Looks for words in every file of a folder, the way a reader or a search engine could find them.</summary>
public static class LeakAssert
{
    static LeakAssert() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Fails naming the file when any file holds the words in UTF-8 (raw, entity- or URL-encoded), Shift_JIS, EUC-JP or UTF-16.</summary>
    public static void Nowhere(string folder, string words)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        var encodings = new[] { Encoding.UTF8, Encoding.GetEncoding(932), Encoding.GetEncoding(51932), Encoding.Unicode, Encoding.BigEndianUnicode };
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var encoding in encodings)
            {
                Assert.False(bytes.AsSpan().IndexOf(encoding.GetBytes(words)) >= 0, $"{file} holds the withheld words ({encoding.WebName}).");
            }
            var text = Encoding.UTF8.GetString(bytes);
            Assert.DoesNotContain(words, WebUtility.HtmlDecode(text));
            Assert.DoesNotContain(words, Uri.UnescapeDataString(text.Replace("%%", "")));
        }
    }
}
