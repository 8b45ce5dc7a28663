using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Disclosure.Comments.Options;
using Disclosure.Comments.Periods;
using Disclosure.Comments.Site;
using Disclosure.Comments.Submissions;
using Disclosure.Content;
using Disclosure.Rendering;
using Disclosure.Routing;
using Microsoft.Extensions.Options;

namespace Disclosure.Comments.Pages;

/// <summary>
/// The server's pages are the built site's own pages, changed in place: the error page is the period page with an
/// error summary, inline messages and the citizen's values filled back in; the receipt and message pages reuse the
/// site's layout. So they look and behave like the site, theme overrides included, and the form is written once, in
/// the theme. Each gets a title, canonical address and <c>og:</c> data of its own, the site's words and date style,
/// and the site's style sheet and script served by this server (<c>/assets/</c>), so it is styled wherever the server
/// is reached. Text is set through the DOM, which encodes it.
/// </summary>
public sealed class SitePages(IOptions<CommentServerOptions> options, PeriodCatalog periods, ISiteSource site, SiteWords words)
{
    private readonly HtmlParser _parser = new();

    public ValueTask<UiStrings> WordsAsync(CancellationToken cancellationToken = default) => words.GetAsync(cancellationToken);

    /// <summary>The period page with the citizen's values, an error summary (titled <paramref name="heading"/>) and each field's message.</summary>
    public async Task<string> ErrorPageAsync(HttpRequest request, CommentPeriodInfo period, SubmissionInput input, IReadOnlyList<FieldError> errors, string? heading = null)
    {
        var strings = await words.GetAsync(request.HttpContext.RequestAborted);
        using var document = await LoadAsync(PeriodPagePath(period.Id), request) ?? Fallback(strings);
        var title = strings.Format("server.error_title", heading ?? strings["server.invalid.title"]);
        SetHead(document, request, $"{title} | {document.Title}", title);
        FillIn(document, input);
        foreach (var error in errors.GroupBy(e => e.Field).Select(g => g.First()))
        {
            MarkField(document, error, strings);
        }
        InsertSummary(document, heading ?? strings["server.invalid.title"], errors);
        return Serialize(document, request);
    }

    public async Task<string> ReceiptPageAsync(HttpRequest request, CommentPeriodInfo period, string receipt)
    {
        var strings = await words.GetAsync(request.HttpContext.RequestAborted);
        using var document = await LoadAsync(PeriodPagePath(period.Id), request) ?? Fallback(strings);
        var main = ReplaceMain(document, request, strings.Format("server.receipt.title", receipt), strings["server.receipt.heading"]);
        var panel = Append(main, "div");
        panel.ClassName = "notice notice-open receipt";
        Append(panel, "p", strings["server.receipt.label"]);
        var number = Append(panel, "p", receipt);
        number.ClassName = "receipt-number";
        Append(main, "p", strings.Format("server.receipt.thanks", period.Title));
        Append(main, "h2", strings["server.receipt.next"]);
        var steps = Append(main, "ol");
        Append(steps, "li", strings.Format("server.receipt.next_result", strings.Date(period.Closes)));
        Append(steps, "li", strings["server.receipt.next_no_reply"]);
        Append(steps, "li", strings["server.receipt.next_number"]);
        Append(main, "p", strings["server.receipt.keep"]);
        var back = Append(main, "p");
        var link = (IHtmlAnchorElement)Append(back, "a", strings["server.receipt.back"]);
        link.Href = period.Url;
        return Serialize(document, request);
    }

    /// <summary>A page with a title and a few paragraphs, in the site's layout (its 404 page, emptied).</summary>
    /// <param name="kept">What the citizen wrote, shown so it can be copied, when there is no form to put it back in.</param>
    public async Task<string> MessagePageAsync(HttpRequest request, string title, IReadOnlyList<string> paragraphs, string? kept = null)
    {
        var strings = await words.GetAsync(request.HttpContext.RequestAborted);
        using var document = await LoadAsync("404.html", request) ?? Fallback(strings);
        var main = ReplaceMain(document, request, title, title);
        foreach (var paragraph in paragraphs)
        {
            Append(main, "p", paragraph);
        }
        if (kept is { Length: > 0 })
        {
            Append(main, "p", strings["server.form_kept"]);
            var copy = Append(main, "pre", kept);
            copy.ClassName = "kept-opinion";
        }
        return Serialize(document, request);
    }

    private readonly Uri? _configuredSiteUrl = Uri.TryCreate(options.Value.SiteUrl, UriKind.Absolute, out var configured) ? configured : null;
    private readonly string? _configuredSiteOrigin =
        Uri.TryCreate(options.Value.SiteUrl, UriKind.Absolute, out var configured) ? configured.GetLeftPart(UriPartial.Authority) : null;

    /// <summary>The site's address: configured, or as the build recorded it.</summary>
    public Uri? SiteUrl() => _configuredSiteUrl ?? periods.SiteUrl;

    public string? SiteOrigin() => _configuredSiteOrigin ?? periods.SiteUrl?.GetLeftPart(UriPartial.Authority);

    private static string PeriodPagePath(string id) => SiteRoutes.FileOf(SiteRoutes.Document(DocumentCollection.CommentPeriods, id));

    private async Task<IHtmlDocument?> LoadAsync(string relativePath, HttpRequest request)
    {
        try
        {
            return await site.GetAsync(relativePath, request.HttpContext.RequestAborted) is { } file ? _parser.ParseDocument(file.Text) : null;
        }
        catch (SiteUnavailableException)
        {
            return null;
        }
    }

    private IHtmlDocument Fallback(UiStrings strings) => _parser.ParseDocument(
        $"<!DOCTYPE html><html lang=\"{strings.Language}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title></title></head>"
        + "<body><a class=\"skip-link\" href=\"#main\"></a><header></header><main id=\"main\" tabindex=\"-1\"><h1></h1></main><footer></footer></body></html>");

    private static IElement ReplaceMain(IHtmlDocument document, HttpRequest request, string title, string heading)
    {
        var siteTitle = document.Title?.Split(" | ").Last() ?? "";
        SetHead(document, request, siteTitle.Length > 0 ? $"{title} | {siteTitle}" : title, title);
        var main = document.QuerySelector("main") ?? (IElement)document.Body!.AppendChild(document.CreateElement("main"));
        main.InnerHtml = "";
        Append(main, "h1", heading);
        if (document.QuerySelector("nav.breadcrumbs [aria-current=page]") is { } current)
        {
            current.TextContent = heading;
        }
        return main;
    }

    /// <summary>
    /// The page's own title, address and description — not the 404 page's or the period page's it was made from — and
    /// a request not to index it: receipts and errors are nobody's search result.
    /// </summary>
    private static void SetHead(IHtmlDocument document, HttpRequest request, string documentTitle, string pageTitle)
    {
        document.Title = documentTitle;
        var address = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        var head = document.Head!;
        Meta(head, "link[rel=canonical]", "link", ("rel", "canonical"), ("href", address));
        Meta(head, "meta[property='og:url']", "meta", ("property", "og:url"), ("content", address));
        Meta(head, "meta[property='og:title']", "meta", ("property", "og:title"), ("content", pageTitle));
        Meta(head, "meta[property='og:type']", "meta", ("property", "og:type"), ("content", "website"));
        Meta(head, "meta[property='og:description']", "meta", ("property", "og:description"), ("content", pageTitle));
        Meta(head, "meta[name=description]", "meta", ("name", "description"), ("content", pageTitle));
        Meta(head, "meta[name=robots]", "meta", ("name", "robots"), ("content", "noindex"));
        if (document.QuerySelector(".print-header") is { } print)
        {
            print.TextContent = $"{documentTitle} — {address}";
        }
    }

    private static void Meta(IElement head, string selector, string tag, params (string Name, string Value)[] attributes)
    {
        var element = head.QuerySelector(selector) ?? head.AppendChild(head.Owner!.CreateElement(tag)) as IElement;
        foreach (var (name, value) in attributes)
        {
            element!.SetAttribute(name, value);
        }
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

    private static void MarkField(IHtmlDocument document, FieldError error, UiStrings strings)
    {
        if (document.GetElementById(error.Field) is not { } control)
        {
            return;
        }
        var messageId = $"{error.Field}-error";
        var message = document.CreateElement("p");
        message.Id = messageId;
        message.ClassName = "error-message";
        var hidden = Append(message, "span", strings.Format("server.error_title", ""));
        hidden.ClassName = "visually-hidden";
        message.AppendChild(document.CreateTextNode(error.Message));

        // After the label and hint, right before the control, as GOV.UK and デジタル庁 place it.
        control.Before(message);
        control.SetAttribute("aria-invalid", "true");
        var describedBy = control.GetAttribute("aria-describedby");
        control.SetAttribute("aria-describedby", describedBy is null ? messageId : $"{messageId} {describedBy}");
        control.Closest(".field")?.ClassList.Add("field-error");
    }

    private static void InsertSummary(IHtmlDocument document, string heading, IReadOnlyList<FieldError> errors)
    {
        var main = document.QuerySelector("main")!;
        var summary = document.CreateElement("div");
        summary.ClassName = "error-summary";
        summary.SetAttribute("role", "alert");
        summary.SetAttribute("aria-labelledby", "error-summary-title");
        summary.SetAttribute("tabindex", "-1");
        // Focus moves to the summary as the page loads, without a script: a screen reader starts at the list of
        // mistakes and a keyboard user's next Tab reaches its first link (GOV.UK does this with JavaScript).
        summary.SetAttribute("autofocus", "");
        var title = Append(summary, "h2", heading);
        title.Id = "error-summary-title";
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

    private string Serialize(IHtmlDocument document, HttpRequest request)
    {
        PointLinks(document, request);
        return "<!DOCTYPE html>\n" + document.DocumentElement.OuterHtml;
    }

    /// <summary>
    /// These pages are served from the comment server's address: the site's style sheet, script and images come from
    /// this server's copy of the site's assets (relative, so a proxy's path prefix is kept); every other site link
    /// goes back to the site.
    /// </summary>
    private void PointLinks(IHtmlDocument document, HttpRequest request)
    {
        var site = SiteUrl();
        var assets = (site?.AbsolutePath.TrimEnd('/') ?? "") + "/assets/";
        var up = string.Concat(Enumerable.Repeat("../", Math.Max(0, request.Path.Value!.Count(c => c == '/') - 1)));
        foreach (var (selector, attribute) in new[] { ("a[href]", "href"), ("link[href]", "href"), ("script[src]", "src"), ("img[src]", "src") })
        {
            foreach (var element in document.QuerySelectorAll(selector))
            {
                var value = element.GetAttribute(attribute)!;
                if (!value.StartsWith('/') || value.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }
                if (element.LocalName is "link" or "script" or "img" && value.StartsWith(assets, StringComparison.Ordinal))
                {
                    element.SetAttribute(attribute, up + "assets/" + value[assets.Length..]);
                }
                else if (site is not null)
                {
                    element.SetAttribute(attribute, new Uri(site, value).ToString());
                }
            }
        }
    }

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
