using Disclosure.Content;

namespace Disclosure.Rendering.Models;

public sealed class NewsIndexModel : PageModel
{
    public required IReadOnlyList<NewsItem> News { get; init; }
}
