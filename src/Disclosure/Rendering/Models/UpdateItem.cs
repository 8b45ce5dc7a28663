namespace Disclosure.Rendering.Models;

/// <summary>One entry of the home page's list of recent changes.</summary>
public sealed record UpdateItem(string Title, string Path, DateOnly Date, string Category);
