using System.Net;
using AngleSharp.Html.Dom;

namespace Disclosure.Comments.Tests.Support;

/// <summary>What every error answer must show a citizen, and what a program must get instead.</summary>
public static class PageAssert
{
    public const string ErrorPrefix = "エラー：";

    /// <summary>An HTML page with the status, a title starting with 「エラー：」 and <paramref name="phrase"/> in the page's main text.</summary>
    public static void AssertMessagePage(Reply reply, HttpStatusCode status, string phrase)
    {
        Assert.True(reply.Status == status, $"expected {(int)status}, got {reply}");
        Assert.Equal("text/html", reply.MediaType);
        Assert.StartsWith(ErrorPrefix, reply.Document.Title);
        Assert.Contains(phrase, reply.MainText);
    }

    /// <summary>
    /// The period page reused as the error page: the summary links to the field, the message is inline before the
    /// control, and the control is marked invalid and described by the message.
    /// </summary>
    public static void AssertFieldError(Reply reply, HttpStatusCode status, string field, string phrase)
    {
        Assert.True(reply.Status == status, $"expected {(int)status}, got {reply}");
        Assert.Equal("text/html", reply.MediaType);
        var document = reply.Document;
        Assert.StartsWith(ErrorPrefix, document.Title);

        var summary = document.QuerySelector("div.error-summary");
        Assert.NotNull(summary);
        var links = summary.QuerySelectorAll($"a[href='#{field}']");
        Assert.Contains(links, a => a.TextContent.Contains(phrase, StringComparison.Ordinal));

        var message = document.GetElementById($"{field}-error");
        Assert.NotNull(message);
        Assert.Contains(phrase, message.TextContent);

        var control = document.GetElementById(field);
        Assert.NotNull(control);
        Assert.Equal("true", control.GetAttribute("aria-invalid"));
        Assert.Contains($"{field}-error", (control.GetAttribute("aria-describedby") ?? "").Split(' '));
    }

    /// <summary>Problem details (RFC 7807) with the status and a message for <paramref name="field"/> containing <paramref name="phrase"/>.</summary>
    public static void AssertProblem(Reply reply, HttpStatusCode status, string? field = null, string? phrase = null)
    {
        Assert.True(reply.Status == status, $"expected {(int)status}, got {reply}");
        Assert.Equal("application/problem+json", reply.MediaType);
        var root = reply.Json.RootElement;
        Assert.Equal((int)status, root.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("title").GetString()));
        if (field is not null)
        {
            var messages = reply.ProblemErrors(field);
            Assert.True(messages.Length > 0, $"no errors[{field}] in {reply.Text}");
            if (phrase is not null)
            {
                Assert.Contains(messages, m => m.Contains(phrase, StringComparison.Ordinal));
            }
        }
        else if (phrase is not null)
        {
            Assert.Contains(phrase, root.GetProperty("title").GetString() + root.GetProperty("detail").GetString());
        }
    }

    public static string TextareaText(Reply reply, string id = "opinion") =>
        Assert.IsAssignableFrom<IHtmlTextAreaElement>(reply.Document.GetElementById(id)).Value;

    public static string InputValue(Reply reply, string id) =>
        Assert.IsAssignableFrom<IHtmlInputElement>(reply.Document.GetElementById(id)).GetAttribute("value") ?? "";

    public static bool IsChecked(Reply reply, string id) =>
        Assert.IsAssignableFrom<IHtmlInputElement>(reply.Document.GetElementById(id)).HasAttribute("checked");

    public static string? SelectedOption(Reply reply, string id = "section") =>
        Assert.IsAssignableFrom<IHtmlSelectElement>(reply.Document.GetElementById(id)).Options
            .Where(o => o.HasAttribute("selected")).Select(o => o.Value).SingleOrDefault();
}
