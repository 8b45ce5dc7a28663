using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class NewsPageModel : PageModel
{
    public required NewsItem Item { get; init; }
    public required HtmlFragment BodyHtml { get; init; }

    public override ContentDocument Document => Item;
}
