namespace Disclosure.Rendering.Models;

/// <summary>
/// What a partial template gets: its own data and the page it is part of, whose strings, labels and date helpers
/// it uses (a partial has no page model of its own).
/// </summary>
public sealed record PartialModel<T>(PageModel Page, T Data);
