using System.Text.RegularExpressions;
using Disclosure.Content;
using Disclosure.Diagnostics;
using Disclosure.Html;
using Disclosure.Text;
using Disclosure.Yaml;

namespace Disclosure.Reading;

public static partial class SiteConfigParser
{
    public static SiteConfig? Parse(SourceFile file, DiagnosticBag diagnostics)
    {
        var fields = YamlDocumentLoader.Load(file, file.Text, 1, diagnostics);
        if (fields is null)
        {
            return null;
        }

        var title = fields.String("title", required: true);
        var organization = fields.String("organization", required: true);
        var baseUrlText = fields.String("base_url", required: true);
        var language = fields.String("language") ?? "ja";
        var endpoint = fields.String("comment_endpoint") ?? "";
        var allowHtml = fields.Bool("allow_html") ?? false;
        var description = fields.String("description") ?? "";
        var license = ReadLicense(fields.Mapping("license"));
        var eastAsianLineBreaks = ReadEastAsianLineBreaks(fields.Mapping("markdown"), language);
        var history = fields.Mapping("history");
        var commitMessages = history?.Bool("commit_messages") ?? false;
        history?.WarnUnknownKeys();
        var contact = fields.Mapping("contact");
        if (contact is null)
        {
            fields.Error(fields.Line, "必須の項目「contact」（問い合わせ先）がありません。");
        }
        var department = contact?.String("department", required: true);
        var phone = contact?.String("phone") ?? "";
        var email = contact?.String("email") ?? "";
        var address = contact?.String("address") ?? "";
        if (email.Length > 0 && !EmailAddress().IsMatch(email))
        {
            contact!.Error(contact.LineOf("email"), $"「email」はメールアドレス（例：hogo@city.example）を、空白を入れずに書いてください（「{email}」）。");
        }
        if (phone.Length > 0 && !PhoneNumber().IsMatch(phone))
        {
            contact!.Error(contact.LineOf("phone"), $"「phone」は電話番号を半角の数字とハイフンで書いてください（「{phone}」）。");
        }
        contact?.WarnUnknownKeys();
        fields.WarnUnknownKeys();

        Uri? baseUrl = null;
        if (baseUrlText is not null && IndexOfUnseen(baseUrlText) is { } unseen)
        {
            // Uri would escape it into the path, and every link the site writes would then point outside the site.
            fields.Error(fields.LineOf("base_url"), $"「base_url」に空白か見えない文字（U+{(int)baseUrlText[unseen]:X4}、{unseen + 1} 文字目）があります。URL だけを書いてください。");
            baseUrlText = null;
        }
        if (baseUrlText is not null
            && (!Uri.TryCreate(baseUrlText, UriKind.Absolute, out baseUrl) || baseUrl.Scheme is not ("http" or "https")))
        {
            fields.Error(fields.LineOf("base_url"), $"「base_url」は https:// で始まる URL を書いてください（「{baseUrlText}」）。");
            baseUrl = null;
        }
        if (endpoint.Length > 0 && (!Uri.TryCreate(endpoint, UriKind.Absolute, out _) || !SafeUrl.IsWebAddress(endpoint)))
        {
            fields.Error(fields.LineOf("comment_endpoint"), $"「comment_endpoint」は http:// か https:// で始まる URL を書いてください（「{endpoint}」）。");
        }

        if (title is null || organization is null || baseUrl is null || department is null)
        {
            return null;
        }
        return new SiteConfig(title, organization, baseUrl, language, endpoint.TrimEnd('/'),
            new ContactInfo(department, phone, email, address), allowHtml)
        {
            Description = description,
            License = license,
            EastAsianLineBreaks = eastAsianLineBreaks,
            PublishCommitMessages = commitMessages,
        };
    }

    private static int? IndexOfUnseen(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (UnseenCharacters.IsUnseen(text[i]))
            {
                return i;
            }
        }
        return null;
    }

    private static License ReadLicense(YamlFields? fields)
    {
        if (fields is null)
        {
            return License.Default;
        }
        var name = fields.String("name", required: true);
        var url = fields.String("url", required: true);
        fields.WarnUnknownKeys();
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out _) || !SafeUrl.IsWebAddress(url)))
        {
            fields.Error(fields.LineOf("url"), $"「license」の「url」には http:// か https:// で始まる URL を書いてください（「{url}」）。");
            return License.Default;
        }
        return name is null || url is null ? License.Default : new License(name, new Uri(url));
    }

    /// <summary>Japanese is written without spaces between words, so a Japanese site joins its lines unless told not to.</summary>
    private static bool ReadEastAsianLineBreaks(YamlFields? markdown, string language)
    {
        var joined = markdown?.Bool("east_asian_line_breaks");
        markdown?.WarnUnknownKeys();
        return joined ?? language == "ja";
    }

    /// <summary>What a <c>mailto:</c> link can carry: no white space, quotes or angle brackets, one @.</summary>
    [GeneratedRegex(@"^[^\s@<>""()]+@[^\s@<>""()]+\.[^\s@<>""()]+$")]
    private static partial Regex EmailAddress();

    /// <summary>Digits with the separators people write (a <c>tel:</c> link is made from the digits).</summary>
    [GeneratedRegex(@"^\+?[0-9][0-9() -]*$")]
    private static partial Regex PhoneNumber();
}
