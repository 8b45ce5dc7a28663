using Ganss.Xss;

namespace Disclosure.Markdown.Extensions.RawHtml;

/// <summary>
/// The rules raw HTML in Markdown is held to on a site that allows it (<c>allow_html: true</c>): structure and
/// formatting are kept; scripts, event handlers, forms, frames and any link that is not relative, http(s), mailto
/// or tel are dropped — by HtmlSanitizer, a maintained sanitizer built on AngleSharp, not by patterns of our own.
/// </summary>
public static class RawHtmlSanitizer
{
    private static readonly HtmlSanitizerOptions Options = Build();

    /// <param name="removed">Told of each thing dropped, in words staff can act on.</param>
    public static string Sanitize(string html, Action<string>? removed = null)
    {
        var sanitizer = new HtmlSanitizer(Options);
        if (removed is not null)
        {
            sanitizer.RemovingTag += (_, e) => removed($"タグ <{e.Tag.LocalName}>");
            sanitizer.RemovingAttribute += (_, e) => removed(e.Reason == RemoveReason.NotAllowedUrlValue
                ? $"属性 {e.Attribute.Name}=\"{Shorten(e.Attribute.Value)}\"（使えないリンク先）"
                : $"属性 {e.Attribute.Name}");
            sanitizer.RemovingStyle += (_, e) => removed($"スタイル {e.Style.Name}");
            sanitizer.RemovingAtRule += (_, _) => removed("スタイルの @ 規則");
            sanitizer.RemovingComment += (_, _) => { };
        }
        return sanitizer.Sanitize(html);
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static HtmlSanitizerOptions Build()
    {
        var defaults = new HtmlSanitizer();
        // A form in content could collect citizens' details for another address; the comment form is the theme's.
        string[] forms = ["form", "input", "button", "textarea", "select", "option", "optgroup", "keygen", "datalist", "output"];
        return new HtmlSanitizerOptions
        {
            AllowedTags = defaults.AllowedTags.Except(forms).ToHashSet(StringComparer.OrdinalIgnoreCase),
            // What the site's own Markdown extensions write (ids of headings, classes, accessible table regions).
            AllowedAttributes = defaults.AllowedAttributes.Except(["action", "method", "enctype", "accept-charset", "formaction"])
                .Concat(["class", "id", "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden"])
                .ToHashSet(StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = defaults.UriAttributes.ToHashSet(StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = defaults.AllowedCssProperties.ToHashSet(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = defaults.AllowedAtRules.ToHashSet(),
        };
    }
}
