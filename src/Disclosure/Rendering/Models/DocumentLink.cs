namespace Disclosure.Rendering.Models;

public sealed record DocumentLink(string Title, string Path, string Category, DateOnly? Date);
