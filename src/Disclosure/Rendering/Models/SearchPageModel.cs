namespace Disclosure.Rendering.Models;

/// <summary>The site search page: everything it shows is either fixed text or filled in by its script.</summary>
public sealed class SearchPageModel : PageModel;
