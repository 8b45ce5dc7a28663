using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Disclosure.Rendering;

/// <summary>
/// A piece of HTML ready to be written as it is: its text already encoded, its markup made by this library or by the
/// Markdown renderer. Templates print it with a plain <c>@</c>, so nothing in a theme needs <c>@Raw</c>.
/// </summary>
public sealed record HtmlFragment(string Html) : IHtmlContent
{
    public static readonly HtmlFragment Empty = new("");

    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(Html);

    public override string ToString() => Html;
}
