using System.Text;

namespace Disclosure.Comments.Site;

/// <summary>A file of the built site as the server last read it.</summary>
/// <param name="Version">What tells one version from the next: a file's write time and size, or an HTTP ETag.</param>
public sealed record SiteFile(byte[] Content, string Version)
{
    public string Text => Encoding.UTF8.GetString(Content);
}
