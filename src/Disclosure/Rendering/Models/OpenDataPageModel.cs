using Disclosure.OpenData;

namespace Disclosure.Rendering.Models;

public sealed class OpenDataPageModel : PageModel
{
    public required IReadOnlyList<IDataSetDescription> DataSets { get; init; }
}
