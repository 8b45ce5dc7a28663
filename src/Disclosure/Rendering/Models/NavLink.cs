namespace Disclosure.Rendering.Models;

/// <summary>An entry of the site's menus.</summary>
/// <param name="Current">Whether the page showing the menu belongs to this entry (marked <c>aria-current</c>).</param>
public sealed record NavLink(string Title, string Path, bool Current = false);
