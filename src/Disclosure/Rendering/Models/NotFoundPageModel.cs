namespace Disclosure.Rendering.Models;

public sealed class NotFoundPageModel : PageModel;
