namespace Disclosure.Rendering.Models;

public sealed record Breadcrumb(string Title, string Path);
