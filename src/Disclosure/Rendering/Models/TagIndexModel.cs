namespace Disclosure.Rendering.Models;

public sealed class TagIndexModel : PageModel
{
    public required IReadOnlyList<(string Tag, string Path, int Count)> Tags { get; init; }
}
