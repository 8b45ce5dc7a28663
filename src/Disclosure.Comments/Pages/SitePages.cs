using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Comments.Options;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Submissions;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments.Pages;

/// <summary>
/// The server's pages are the built site's own pages, changed in place: the error page is the period page with an
/// error summary, inline messages and the citizen's values filled back in; the receipt and message pages reuse
/// the site's layout. So they look and behave exactly like the site, theme overrides included, and the form is
/// written once, in the theme. Text is set through the DOM, which encodes it.
/// </summary>
public sealed class SitePages(IOptions<CommentServerOptions> options, PeriodCatalog periods)
{
    private readonly HtmlParser _parser = new();

    public string ErrorPage(CommentPeriodInfo period, SubmissionInput input, IReadOnlyList<FieldError> errors)
    {
        using var document = Load(PeriodPagePath(period.Id)) ?? Fallback();
        document.Title = "エラー：" + document.Title;
        FillIn(document, input);
        foreach (var error in errors.GroupBy(e => e.Field).Select(g => g.First()))
        {
            MarkField(document, error);
        }
        InsertSummary(document, errors);
        return Serialize(document);
    }

    public string ReceiptPage(CommentPeriodInfo period, string receipt)
    {
        using var document = Load(PeriodPagePath(period.Id)) ?? Fallback();
        var main = ReplaceMain(document, $"意見を受け付けました（受付番号 {receipt}）", "意見を受け付けました");
        var panel = Append(main, "div");
        panel.ClassName = "notice notice-open receipt";
        Append(panel, "p", "受付番号");
        var number = Append(panel, "p", receipt);
        number.ClassName = "receipt-number";
        Append(main, "p", $"「{period.Title}」へのご意見を受け付けました。ありがとうございました。");
        Append(main, "h2", "これからの流れ");
        var steps = Append(main, "ol");
        Append(steps, "li", $"募集の締切（{JapaneseDate(period.Closes)}）の後、いただいたご意見を整理し、市の考え方とあわせて公表します。");
        Append(steps, "li", "個別の回答はしていません。内容について確認させていただく場合は、ご連絡先に連絡することがあります。");
        Append(steps, "li", "お問い合わせの際は、この受付番号をお伝えください。");
        Append(main, "p", "このページを印刷するか、受付番号を書き留めておいてください（ブラウザの印刷機能で PDF として保存することもできます）。");
        var back = Append(main, "p");
        var link = (IHtmlAnchorElement)Append(back, "a", "意見募集のページへ戻る");
        link.Href = period.Url;
        return Serialize(document);
    }

    public string MessagePage(string title, params string[] paragraphs)
    {
        using var document = Load(Path.Combine(options.Value.SitePath, "404.html")) ?? Fallback();
        var main = ReplaceMain(document, title, title);
        foreach (var paragraph in paragraphs)
        {
            Append(main, "p", paragraph);
        }
        return Serialize(document);
    }

    public static string JapaneseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private string PeriodPagePath(string id) => Path.Combine(options.Value.SitePath, "comment-periods", id, "index.html");

    private IHtmlDocument? Load(string path) => File.Exists(path) ? _parser.ParseDocument(File.ReadAllText(path)) : null;

    private IHtmlDocument Fallback() => _parser.ParseDocument(
        "<!DOCTYPE html><html lang=\"ja\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>意見募集</title></head>"
        + "<body><a class=\"skip-link\" href=\"#main\">本文へ移動</a><header></header><main id=\"main\" tabindex=\"-1\"><h1>意見募集</h1></main><footer></footer></body></html>");

    private static IElement ReplaceMain(IHtmlDocument document, string title, string heading)
    {
        var siteTitle = document.Title?.Split(" | ").Last() ?? "";
        document.Title = siteTitle.Length > 0 ? $"{title} | {siteTitle}" : title;
        var main = document.QuerySelector("main") ?? (IElement)document.Body!.AppendChild(document.CreateElement("main"));
        main.InnerHtml = "";
        Append(main, "h1", heading);
        if (document.QuerySelector("nav.breadcrumbs [aria-current=page]") is { } current)
        {
            current.TextContent = heading;
        }
        return main;
    }

    private static void FillIn(IHtmlDocument document, SubmissionInput input)
    {
        if (document.GetElementById(SubmissionInput.OpinionField) is IHtmlTextAreaElement opinion)
        {
            opinion.TextContent = input.Opinion;
        }
        foreach (var (field, value) in new[] { (SubmissionInput.NameField, input.Name), (SubmissionInput.EmailField, input.Email), (SubmissionInput.AddressField, input.Address) })
        {
            if (document.GetElementById(field) is IHtmlInputElement element)
            {
                element.SetAttribute("value", value);
            }
        }
        if (document.GetElementById(SubmissionInput.SectionField) is IHtmlSelectElement section)
        {
            foreach (var option in section.Options)
            {
                option.IsDefaultSelected = option.Value == input.Section;
            }
        }
        if (document.GetElementById(SubmissionInput.AgreeField) is IHtmlInputElement agree && input.Agreed)
        {
            agree.SetAttribute("checked", "checked");
        }
    }

    private static void MarkField(IHtmlDocument document, FieldError error)
    {
        if (document.GetElementById(error.Field) is not { } control)
        {
            return;
        }
        var messageId = $"{error.Field}-error";
        var message = document.CreateElement("p");
        message.Id = messageId;
        message.ClassName = "error-message";
        var hidden = Append(message, "span", "エラー：");
        hidden.ClassName = "visually-hidden";
        message.AppendChild(document.CreateTextNode(error.Message));

        // After the label and hint, right before the control, as GOV.UK and デジタル庁 place it.
        control.Before(message);
        control.SetAttribute("aria-invalid", "true");
        var describedBy = control.GetAttribute("aria-describedby");
        control.SetAttribute("aria-describedby", describedBy is null ? messageId : $"{messageId} {describedBy}");
        control.Closest(".field")?.ClassList.Add("field-error");
    }

    private static void InsertSummary(IHtmlDocument document, IReadOnlyList<FieldError> errors)
    {
        var main = document.QuerySelector("main")!;
        var summary = document.CreateElement("div");
        summary.ClassName = "error-summary";
        summary.SetAttribute("role", "alert");
        summary.SetAttribute("aria-labelledby", "error-summary-title");
        summary.SetAttribute("tabindex", "-1");
        var heading = Append(summary, "h2", "入力内容に問題があります");
        heading.Id = "error-summary-title";
        var list = Append(summary, "ul");
        foreach (var error in errors)
        {
            var item = Append(list, "li");
            if (document.GetElementById(error.Field) is not null)
            {
                var link = (IHtmlAnchorElement)Append(item, "a", error.Message);
                link.SetAttribute("href", "#" + error.Field);
            }
            else
            {
                item.TextContent = error.Message;
            }
        }
        main.Prepend(summary);
    }

    private string Serialize(IHtmlDocument document)
    {
        MakeSiteLinksAbsolute(document);
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }

    /// <summary>These pages are served from the comment server's address; the site's own links must still reach the site.</summary>
    private void MakeSiteLinksAbsolute(IHtmlDocument document)
    {
        var site = SiteUrl();
        if (site is null)
        {
            return;
        }
        foreach (var (selector, attribute) in new[] { ("a[href]", "href"), ("link[href]", "href"), ("script[src]", "src"), ("img[src]", "src") })
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute)!;
                if (value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal))
                {
                    element.SetAttribute(attribute, new Uri(site, value).ToString());
                }
            }
        }
    }

    public Uri? SiteUrl() =>
        Uri.TryCreate(options.Value.SiteUrl, UriKind.Absolute, out var configured) ? configured : periods.SiteUrl;

    private static IElement Append(INode parent, string tag, string? text = null)
    {
        var element = parent.Owner!.CreateElement(tag);
        if (text is not null)
        {
            element.TextContent = text;
        }
        parent.AppendChild(element);
        return element;
    }
}
